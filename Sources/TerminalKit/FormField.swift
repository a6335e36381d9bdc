/// One labelled input of a `Form`.
public struct FormField: Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        case multiline(height: Int)
        case number(range: ClosedRange<Double>?)
        /// Left/Right (or Space) cycle through the options.
        case choice([String])
        /// Space or Left/Right flip it.
        case toggle
    }

    public let id: String
    public var label: String
    public let kind: Kind
    public var isRequired: Bool
    /// Extra validation of the text value; returns a message when the value is wrong.
    public var validator: (@Sendable (String) -> String?)?
    /// The text of text, multiline and number fields.
    public var editor: TextBuffer
    /// The selected option of a choice field.
    public var choice: Int
    /// The state of a toggle.
    public var isOn: Bool
    /// The validation message shown under the field.
    public var error: String?

    init(id: String, label: String, kind: Kind, text: String = "", isRequired: Bool = false,
         validator: (@Sendable (String) -> String?)? = nil, choice: Int = 0, isOn: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.validator = validator
        if case .multiline = kind {
            editor = TextBuffer(text, multiline: true)
        } else {
            editor = TextBuffer(text)
        }
        self.choice = choice
        self.isOn = isOn
    }

    // MARK: - Factories

    public static func text(_ id: String, label: String, value: String = "", required: Bool = false,
                            validate: (@Sendable (String) -> String?)? = nil) -> FormField {
        FormField(id: id, label: label, kind: .text, text: value, isRequired: required, validator: validate)
    }

    public static func multiline(_ id: String, label: String, value: String = "", height: Int = 3,
                                 required: Bool = false, validate: (@Sendable (String) -> String?)? = nil) -> FormField {
        FormField(id: id, label: label, kind: .multiline(height: max(1, height)), text: value, isRequired: required, validator: validate)
    }

    public static func number(_ id: String, label: String, value: Double? = nil, range: ClosedRange<Double>? = nil,
                              required: Bool = false) -> FormField {
        FormField(id: id, label: label, kind: .number(range: range), text: value?.compactDescription ?? "", isRequired: required)
    }

    public static func choice(_ id: String, label: String, options: [String], selected: Int = 0) -> FormField {
        FormField(id: id, label: label, kind: .choice(options), choice: min(max(selected, 0), max(options.count - 1, 0)))
    }

    public static func toggle(_ id: String, label: String, isOn: Bool = false) -> FormField {
        FormField(id: id, label: label, kind: .toggle, isOn: isOn)
    }

    // MARK: - Values

    /// The value as text: the typed text, the chosen option, or "on"/"off".
    public var value: String {
        switch kind {
        case .text, .multiline, .number: editor.value
        case .choice(let options): options.indices.contains(choice) ? options[choice] : ""
        case .toggle: isOn ? "on" : "off"
        }
    }

    /// The number typed into a number field (nil when empty or not a number).
    public var number: Double? {
        Double(editor.value.trimmingWhitespace)
    }

    /// Rows the input occupies (without its error line).
    public var inputHeight: Int {
        if case .multiline(let height) = kind { height } else { 1 }
    }

    /// The message for the current value, or nil when it is valid. An empty optional field is
    /// valid without consulting the validator.
    public func validationMessage() -> String? {
        let text = value.trimmingWhitespace
        if text.isEmpty {
            return isRequired ? "required" : nil
        }
        if case .number(let range) = kind {
            guard let number else { return "must be a number" }
            if let range, !range.contains(number) {
                return "must be between \(range.lowerBound.compactDescription) and \(range.upperBound.compactDescription)"
            }
        }
        return validator?(value)
    }

    // MARK: - Keys

    /// Applies a key to the field's input; false when the field does not use it.
    mutating func handle(_ key: KeyEvent) -> Bool {
        switch kind {
        case .text, .multiline, .number:
            return editor.handle(key)
        case .choice(let options):
            guard !options.isEmpty else { return false }
            switch key {
            case .left: choice = (choice + options.count - 1) % options.count
            case .right, .char(" "): choice = (choice + 1) % options.count
            default: return false
            }
            return true
        case .toggle:
            switch key {
            case .left, .right, .char(" "): isOn.toggle()
            default: return false
            }
            return true
        }
    }
}
