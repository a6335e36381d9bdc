/// A terminal for tests: replays scripted events and keeps every canvas it is asked to draw.
public final class HeadlessTerminal: Terminal {
    public private(set) var size: Size
    /// Every canvas drawn, oldest first.
    public private(set) var frames: [Canvas] = []
    public private(set) var isShutDown = false
    private var events: [KeyEvent]

    /// `events` are returned in order by `nextEvent`; after the last one it reports a timeout (nil).
    public init(size: Size, events: [KeyEvent] = []) {
        self.size = size
        self.events = events
    }

    /// The most recent canvas drawn.
    public var lastCanvas: Canvas? { frames.last }

    /// Events not yet delivered.
    public var pendingEvents: [KeyEvent] { events }

    /// Appends events to the script.
    public func enqueue(_ newEvents: KeyEvent...) {
        events += newEvents
    }

    /// Changes the size and queues `.resize` next, as a real terminal would.
    public func resize(to newSize: Size) {
        size = newSize
        events.insert(.resize, at: 0)
    }

    public func draw(_ canvas: Canvas) {
        frames.append(canvas)
    }

    public func nextEvent(timeout: Duration?) -> KeyEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    public func suspend(during body: () -> Void) {
        body()
    }

    public func shutdown() {
        isShutDown = true
    }
}
