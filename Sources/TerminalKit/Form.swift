/// Labelled fields with focus, validation messages under the fields, and a dirty flag.
///
/// Tab/Shift-Tab cycle focus, Down/Up move it (inside a multi-line field or a checklist they move
/// between lines first). Entering a number field selects its text, so typing replaces the default.
/// A field is validated when focus leaves it and again on every edit while it shows an error.
/// Enter, Esc and every other key the focused field does not use are left to the caller
/// (`handle` returns false), which typically binds Enter or Ctrl-s to save and Esc to cancel.
public struct Form: Widget, Sendable {
    public private(set) var fields: [FormField]
    public private(set) var focus: Int
    private var savedValues: [String]

    public init(_ fields: [FormField]) {
        self.fields = fields
        focus = 0
        savedValues = fields.map(\.value)
        if !fields.isEmpty { self.fields[0].focusEntered(fromBelow: false) }
    }

    public subscript(id: FieldID) -> FormField? {
        fields.first { $0.id == id }
    }

    public var focusedField: FormField? {
        fields.indices.contains(focus) ? fields[focus] : nil
    }

    /// True when any value differs from the initial (or last saved) values.
    public var isDirty: Bool { fields.map(\.value) != savedValues }

    /// Records the current values as saved, so `isDirty` becomes false.
    public mutating func markSaved() {
        savedValues = fields.map(\.value)
    }

    // MARK: - Focus

    public mutating func focus(id: FieldID) {
        if let index = fields.firstIndex(where: { $0.id == id }) {
            moveFocus(to: index)
        }
    }

    /// Moves focus to the next field, wrapping around when `wrap` is true.
    public mutating func focusNext(wrap: Bool = true) {
        guard !fields.isEmpty else { return }
        moveFocus(to: wrap ? (focus + 1) % fields.count : min(focus + 1, fields.count - 1))
    }

    /// Moves focus to the previous field, wrapping around when `wrap` is true.
    public mutating func focusPrevious(wrap: Bool = true) {
        guard !fields.isEmpty else { return }
        moveFocus(to: wrap ? (focus + fields.count - 1) % fields.count : max(focus - 1, 0))
    }

    private mutating func moveFocus(to index: Int) {
        guard index != focus else { return }
        validateField(at: focus)
        fields[focus].focusLeft()
        fields[index].focusEntered(fromBelow: index < focus)
        focus = index
    }

    // MARK: - Keys

    /// Applies a key: focus keys, then the focused field's own keys. False when unused.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        switch key {
        case .tab:
            focusNext()
        case .backTab:
            focusPrevious()
        case .down where !fields[focus].handle(key):
            focusNext(wrap: false)
        case .up where !fields[focus].handle(key):
            focusPrevious(wrap: false)
        case .down, .up:
            break
        default:
            guard fields[focus].handle(key) else { return false }
            if fields[focus].error != nil {
                validateField(at: focus)
            }
        }
        return true
    }

    /// Activates the field at `point` (a mouse click); false when there is none.
    public mutating func focusField(at point: Point, in area: Rect) -> Bool {
        guard area.contains(point),
              let row = layout(in: area).first(where: { point.y >= $0.frame.minY && point.y < $0.frame.maxY })
        else { return false }
        moveFocus(to: row.index)
        return true
    }

    // MARK: - Validation

    /// Validates every field, shows the messages, and focuses the first invalid field.
    /// Returns true when all fields are valid.
    @discardableResult
    public mutating func validate() -> Bool {
        for index in fields.indices {
            validateField(at: index)
        }
        guard let invalid = fields.firstIndex(where: { $0.error != nil }) else { return true }
        moveFocus(to: invalid)
        return false
    }

    /// Replaces the text of field `id` (for example with what an external editor produced).
    public mutating func setValue(_ value: String, for id: FieldID) {
        if let index = fields.firstIndex(where: { $0.id == id }) {
            fields[index].editor.setValue(value)
        }
    }

    /// Shows `message` under the field `id` (for errors found elsewhere, such as a policy refusal).
    public mutating func setError(_ message: String?, for id: FieldID) {
        if let index = fields.firstIndex(where: { $0.id == id }) {
            fields[index].error = message
        }
    }

    private mutating func validateField(at index: Int) {
        if fields.indices.contains(index) {
            fields[index].error = fields[index].validationMessage()
        }
    }

    // MARK: - Rendering

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let labelWidth = self.labelWidth(in: area)
        for row in layout(in: area) {
            let field = fields[row.index]
            let focused = row.index == focus
            let y = row.frame.minY
            if y >= area.minY {
                let label = (focused ? "› " : "  ") + (field.label + (field.isRequired ? " *" : "")).fitted(toWidth: labelWidth)
                canvas.write(label, x: area.minX, y: y, style: focused ? theme.accent : theme.header, clippedTo: area)
            }
            let input = Rect(x: row.frame.minX, y: y, width: row.frame.width, height: field.inputHeight)
            renderInput(field, focused: focused, in: input.intersection(area), into: &canvas, theme: theme)
            if let error = field.error {
                canvas.write("✗ " + error, x: input.minX, y: input.maxY, style: theme.bad, clippedTo: area)
            }
        }
    }

    private func renderInput(_ field: FormField, focused: Bool, in area: Rect, into canvas: inout Canvas, theme: Theme) {
        guard !area.isEmpty else { return }
        switch field.kind {
        case .text, .number:
            var input = TextField(isFocused: focused)
            input.buffer = field.editor
            canvas.render(input, in: area, theme: theme)
        case .multiline:
            var input = TextArea(isFocused: focused)
            input.buffer = field.editor
            canvas.render(input, in: area, theme: theme)
        case .choice where field.choice == nil:
            let arrows = focused ? theme.accent : theme.muted
            let x = canvas.write("◂ ", at: area.origin, style: arrows, clippedTo: area)
            let end = canvas.write("choose", x: x, y: area.minY, style: theme.muted, clippedTo: area)
            canvas.write(" ▸", x: end, y: area.minY, style: arrows, clippedTo: area)
        case .choice:
            let arrows = focused ? theme.accent : theme.muted
            let x = canvas.write("◂ ", at: area.origin, style: arrows, clippedTo: area)
            let end = canvas.write(field.value, x: x, y: area.minY, style: theme.normal, clippedTo: area)
            canvas.write(" ▸", x: end, y: area.minY, style: arrows, clippedTo: area)
        case .toggle:
            canvas.write(field.isOn ? "[x]" : "[ ]", at: area.origin, style: focused ? theme.accent : theme.normal, clippedTo: area)
        case .checklist(let items):
            for (row, item) in items.enumerated() where area.minY + row < area.maxY {
                let y = area.minY + row
                let mark = field.checked.contains(row) ? "[x] " : "[ ] "
                let style = focused && row == field.checklistCursor ? theme.selected : item.isLocked ? theme.muted : theme.normal
                // The text gives way to the warning, which must stay in sight.
                let warning = item.warning.map { "  " + $0 } ?? ""
                let text = (mark + item.text).truncated(toWidth: max(0, area.width - warning.displayWidth))
                let x = canvas.write(text, x: area.minX, y: y, style: style, clippedTo: area)
                canvas.write(warning, x: x, y: y, style: theme.bad, clippedTo: area)
            }
        }
    }

    /// Label column width: the longest label (with its required mark), at most a third of the area.
    private func labelWidth(in area: Rect) -> Int {
        let longest = fields.map { $0.label.displayWidth + ($0.isRequired ? 2 : 0) }.max() ?? 0
        return min(longest, max(0, area.width / 3))
    }

    /// Each field's input frame (x from the input column, height including the error line),
    /// scrolled so the focused field is fully visible.
    private func layout(in area: Rect) -> [(index: Int, frame: Rect)] {
        let inputX = area.minX + 2 + labelWidth(in: area) + 1
        var y = 0
        var frames: [(index: Int, frame: Rect)] = fields.indices.map { index in
            let height = fields[index].inputHeight + (fields[index].error == nil ? 0 : 1)
            defer { y += height }
            return (index, Rect(x: inputX, y: y, width: area.maxX - inputX, height: height))
        }
        let focusedBottom = frames.indices.contains(focus) ? frames[focus].frame.maxY : 0
        let shift = area.minY - max(0, focusedBottom - area.height)
        for index in frames.indices {
            frames[index].frame.y += shift
        }
        return frames.filter { $0.frame.maxY > area.minY && $0.frame.minY < area.maxY }
    }
}
