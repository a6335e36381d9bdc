import Testing
import TerminalKit

@Suite struct HeadlessTerminalTests {
    @Test func replaysScriptedEventsThenTimesOut() {
        let terminal = HeadlessTerminal(size: Size(width: 10, height: 2), events: [.char("j"), .enter])
        #expect(terminal.nextEvent(timeout: .seconds(1)) == .char("j"))
        #expect(terminal.nextEvent(timeout: nil) == .enter)
        #expect(terminal.nextEvent(timeout: .zero) == nil)
        terminal.enqueue(.char("q"))
        #expect(terminal.pendingEvents == [.char("q")])
    }

    @Test func keepsEveryFrame() {
        let terminal = HeadlessTerminal(size: Size(width: 4, height: 1))
        var canvas = Canvas(size: terminal.size)
        terminal.draw(canvas)
        canvas.write("hi", x: 0, y: 0)
        terminal.draw(canvas)
        #expect(terminal.frames.count == 2)
        #expect(terminal.lastCanvas?.text == "hi")
    }

    @Test func resizeChangesTheSizeAndQueuesAnEvent() {
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), events: [.char("q")])
        terminal.resize(to: Size(width: 100, height: 30))
        #expect(terminal.size == Size(width: 100, height: 30))
        #expect(terminal.nextEvent(timeout: nil) == .resize)
        #expect(terminal.nextEvent(timeout: nil) == .char("q"))
    }

    @Test func recordsShutdown() {
        let terminal = HeadlessTerminal(size: .zero)
        #expect(!terminal.isShutDown)
        terminal.shutdown()
        #expect(terminal.isShutDown)
    }
}
