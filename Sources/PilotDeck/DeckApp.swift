import Foundation
import PilotKit
import TerminalKit

/// The dashboard's loop: read an event (or time out and look for other processes' writes),
/// update the state, run its effects, draw. Rendering is a pure function of the state.
public enum DeckApp {
    /// How often the database is polled for changes made elsewhere.
    static let pollInterval = Duration.milliseconds(400)
    /// How soon insights computed in the background are drawn.
    static let prefetchInterval = Duration.milliseconds(30)

    public static func run(terminal: Terminal, runtime: DeckRuntime, session: Session, theme: Theme, playbookKeys: [String]) {
        var state = runtime.start(session: session, size: terminal.size, playbookKeys: playbookKeys)
        if let target = session.movedTo {
            state.say("moved to \(target): opened read-only, work there")
        } else if session.isReadOnly {
            state.say("opened read-only: no write action is offered")
        }
        terminal.draw(DeckView.render(state, theme: theme))
        runtime.frameDrawn()
        while !state.shouldQuit {
            if let event = terminal.nextEvent(timeout: runtime.isPrefetching ? prefetchInterval : pollInterval) {
                if event == .resize { state.size = terminal.size }
                runtime.run(state.handle(event), on: &state)
                if let field = state.editorRequest { edit(field, in: &state, terminal: terminal) }
            } else if !runtime.refreshIfChanged(&state) {
                continue
            }
            terminal.draw(DeckView.render(state, theme: theme))
            runtime.frameDrawn()
        }
    }

    /// Hands the focused form field to the external editor and takes its text back.
    static func edit(_ field: FieldID, in state: inout AppState, terminal: Terminal) {
        state.editorRequest = nil
        guard case .form(var session) = state.overlay else { return }
        var edited: String?
        terminal.suspend { edited = ExternalEditor.edit(session.form[field]?.value ?? "") }
        if let edited {
            session.form.setValue(edited, for: field)
            state.overlay = .form(session)
        } else {
            state.say("the editor failed; the text is unchanged", error: true)
        }
    }
}
