import Foundation
import PilotKit
import TerminalKit

extension AppState {
    mutating func handleOverlay(_ event: KeyEvent) -> [Effect] {
        switch overlay {
        case .help(let scroll):
            switch event {
            case .down, .char("j"): overlay = .help(scroll: scroll + 1)
            case .up, .char("k"): overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown, .ctrl("d"): overlay = .help(scroll: scroll + 10)
            case .pageUp, .ctrl("u"): overlay = .help(scroll: max(0, scroll - 10))
            default: overlay = nil
            }
        case .notice:
            overlay = nil
        case .confirm(let confirmation):
            switch event {
            case .char("y"), .char("Y"), .enter:
                overlay = nil
                switch confirmation.action {
                case .quit: shouldQuit = true
                case .openIncident(let pilot, let feedbackID): return startForm(.openIncident(pilot: pilot, feedback: feedbackID))
                case .discardForm: break
                case .replaceExport:
                    guard var session = confirmation.form else { break }
                    session.replacesExistingFile = true
                    overlay = .form(session)
                    return [.submit(session)]
                }
            case .char("n"), .char("N"), .escape:
                overlay = confirmation.form.map { .form($0) }
            default: break
            }
        case .palette(var palette):
            return handlePalette(event, &palette)
        case .form(var session):
            return handleForm(event, &session)
        case nil:
            break
        }
        return []
    }

    // MARK: - Palette

    mutating func handlePalette(_ event: KeyEvent, _ palette: inout Palette) -> [Effect] {
        let choices = palette.completions(pilotKeys: pilots.map(\.key))
        switch event {
        case .escape:
            overlay = nil
            return []
        case .tab, .down:
            if let choice = choices[safe: palette.selection] {
                palette.input = TextField(choice + (Palette.commands.contains(choice) && ["pilot", "export", "feedback"].contains(choice) ? " " : ""))
                palette.selection = 0
            }
        case .up:
            palette.selection = max(0, palette.selection - 1)
        case .enter:
            overlay = nil
            let typed = palette.input.value.trimmingCharacters(in: .whitespaces)
            return run(command: choices[safe: palette.selection] ?? typed)
        default:
            _ = palette.input.handle(event)
            palette.selection = 0
        }
        overlay = .palette(palette)
        return []
    }

    /// Runs a palette command such as `pilot AMB-FM`, `tools`, `export`.
    mutating func run(command: String) -> [Effect] {
        let parts = command.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        switch parts.first?.lowercased() ?? "" {
        case "pilot":
            guard let argument, let pilot = pilots.first(where: { $0.key.caseInsensitiveCompare(argument) == .orderedSame }) else {
                say("no pilot '\(argument ?? "")'; :pilot KEY opens one", error: true)
                return []
            }
            return navigate(to: .pilot(pilot.key))
        case "portfolio": return navigate(to: .portfolio)
        case "tools": return navigate(to: .tools)
        case "people": return navigate(to: .people)
        case "oversight": return navigate(to: .oversight)
        case "audit": return navigate(to: .audit)
        case "verify":
            _ = navigate(to: .audit)
            return [.load(.audit), .verifyAudit]
        case "export": return startForm(.export(pilot: argument ?? currentPilot?.key))
        case "feedback":
            guard let key = argument ?? currentPilot?.key else {
                say("feedback needs a pilot: :feedback KEY", error: true)
                return []
            }
            return startForm(.logFeedback(pilot: key))
        case "help":
            overlay = .help(scroll: 0)
        case "quit", "q":
            shouldQuit = true
        default:
            say("unknown command '\(command)'; try \(Palette.commands.joined(separator: ", "))", error: true)
        }
        return []
    }

    // MARK: - Forms

    mutating func handleForm(_ event: KeyEvent, _ session: inout FormSession) -> [Effect] {
        if session.preview != nil {
            switch event {
            case .enter, .char("y"):
                overlay = .form(session)
                return [.submit(session)]
            case .escape, .char("n"):
                session.preview = nil
            default: break
            }
            overlay = .form(session)
            return []
        }
        switch event {
        case .escape:
            if session.form.isDirty {
                overlay = .confirm(Confirmation(
                    title: "Discard this form?", body: "What you typed in \"\(session.kind.title)\" will be lost. Discard? (y/n)",
                    action: .discardForm, form: session))
            } else {
                overlay = nil
            }
            return []
        case .ctrl("s"):
            return submit(&session)
        case .ctrl("e") where isMultilineFocused(session):
            editorRequest = session.form.focusedField?.id
        case .enter where !isMultilineFocused(session):
            if session.form.focus == session.form.fields.count - 1 { return submit(&session) }
            session.form.focusNext()
        default:
            _ = session.form.handle(event)
        }
        session.error = nil
        overlay = .form(session)
        return []
    }

    func isMultilineFocused(_ session: FormSession) -> Bool {
        if case .multiline = session.form.focusedField?.kind { return true }
        return false
    }

    /// Validates in place; feedback goes to the redaction preview first.
    mutating func submit(_ session: inout FormSession) -> [Effect] {
        guard session.form.validate() else {
            session.error = "fix the fields marked in red"
            overlay = .form(session)
            return []
        }
        if case .logFeedback = session.kind {
            session.preview = PHIGuard().redact(session.form["text"]?.value ?? "").text
            overlay = .form(session)
            return []
        }
        overlay = .form(session)
        return [.submit(session)]
    }
}
