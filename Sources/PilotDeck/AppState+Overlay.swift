import Foundation
import PilotKit
import TerminalKit

extension AppState {
    mutating func handleOverlay(_ event: KeyEvent) -> [Effect] {
        switch overlay {
        case .help(let scroll):
            // The keys its footer names (`OverlayView.helpFooter`); any other is ignored.
            let (help, area) = OverlayView.help(self)
            let last = help.maxScrollOffset(in: area)
            switch event {
            case .down, .char("j"): overlay = .help(scroll: min(last, scroll + 1))
            case .up, .char("k"): overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown, .ctrl("d"), .char(" "): overlay = .help(scroll: min(last, scroll + 10))
            case .pageUp, .ctrl("u"): overlay = .help(scroll: max(0, scroll - 10))
            case .home, .char("g"): overlay = .help(scroll: 0)
            case .end, .char("G"): overlay = .help(scroll: last)
            case .escape, .char("q"), .char("?"): overlay = nil
            default: break
            }
        case .reader(var panel):
            let last = panel.maxScrollOffset(in: DeckLayout(size: size).overlay)
            switch event {
            case .down, .char("j"): panel.scrollOffset = min(last, panel.scrollOffset + 1)
            case .up, .char("k"): panel.scrollOffset = max(0, panel.scrollOffset - 1)
            case .pageDown, .ctrl("d"), .char(" "): panel.scrollOffset = min(last, panel.scrollOffset + max(1, DeckLayout(size: size).overlay.height - 4))
            case .pageUp, .ctrl("u"): panel.scrollOffset = max(0, panel.scrollOffset - max(1, DeckLayout(size: size).overlay.height - 4))
            case .home, .char("g"): panel.scrollOffset = 0
            case .end, .char("G"): panel.scrollOffset = last
            case .escape, .enter, .char("q"): overlay = nil
            default: break
            }
            if overlay != nil { overlay = .reader(panel) }
        case .confirm(let confirmation):
            switch event {
            case .char("y"), .char("Y"), .enter:
                overlay = nil
                switch confirmation.action {
                case .quit: shouldQuit = true
                case .openIncident(let pilot, let feedbackID): return startForm(.openIncident(pilot: pilot, feedback: feedbackID))
                case .discardForm: break
                case .withdrawFeedback(let id): return [.withdrawFeedback(id: id)]
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
        case .refusal(let refusal):
            holdKeys(event, refusal)
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
        let choices = palette.completions()
        switch event {
        case .escape:
            overlay = nil
            return []
        case .tab, .down:
            palette.cycle(by: 1)
        case .backTab, .up:
            palette.cycle(by: -1)
        case .enter:
            overlay = nil
            let typed = palette.input.value.trimmingCharacters(in: .whitespaces)
            return run(command: choices[safe: palette.selection] ?? typed)
        default:
            _ = palette.input.handle(event)
            palette.selection = 0
            palette.stem = nil
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
            guard let argument, let pilot = pilot(named: argument) else {
                say("no pilot '\(argument ?? "")'; :pilot KEY opens one", error: true)
                return []
            }
            return navigate(to: .pilot(pilot.key))
        case "portfolio": return navigate(to: .portfolio)
        case "tools": return navigate(to: .tools)
        case "people": return navigate(to: .people)
        case "oversight": return navigate(to: .oversight)
        case "audit": return navigate(to: .audit)
        case "alerts": return navigate(to: .alerts)
        case "verify":
            _ = navigate(to: .audit)
            return [.load(.audit), .verifyAudit]
        case "export": return startForm(.export(pilot: argument ?? ExportChoices.pilot(on: self)))
        case "feedback":
            guard let key = argument ?? currentPilot?.key else {
                say("feedback needs a pilot: :feedback KEY", error: true)
                return []
            }
            guard let pilot = pilot(named: key) else {
                say("no pilot '\(key)'; :feedback KEY logs feedback for one", error: true)
                return []
            }
            if let reason = feedbackRefusal(pilot) {
                refuse(":feedback", .logFeedback, because: reason)
                return []
            }
            return startForm(.logFeedback(pilot: pilot.key))
        case "help":
            overlay = .help(scroll: 0)
        case "quit", "q":
            shouldQuit = true
        default:
            say("unknown command '\(command)'; try \(offeredPalette().commands.joined(separator: ", "))", error: true)
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
            let before = session.form
            _ = session.form.handle(event)
            if case .export(let pilot) = session.kind {
                ExportChoices.followChoices(from: before, in: &session.form, fixedReport: pilot ?? ExportChoices.portfolio)
            }
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
            session.preview = PHIGuard().redact(session.form[.text]?.value ?? "").text
            overlay = .form(session)
            return []
        }
        overlay = .form(session)
        return [.submit(session)]
    }
}
