/// A run of the binary that a test needed to succeed, with what it printed.
public struct CLIFailure: Error, CustomStringConvertible {
    public let result: CLI.Result
    public init(result: CLI.Result) { self.result = result }
    public var description: String { "exit \(result.status): \(result.stderr)\(result.stdout)" }
}
