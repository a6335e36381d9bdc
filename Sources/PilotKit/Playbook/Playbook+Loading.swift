import Foundation

extension Playbook {
    /// Reads and validates one playbook file. Refusals name the file as `url.relativePath`, so a
    /// URL made from a relative path reads as the person typed it.
    public static func load(
        contentsOf url: URL, catalogue: [DataDomain] = DataDomain.defaultCatalogue
    ) throws -> Playbook {
        let file = url.relativePath
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PlaybookError(file: file, line: nil, field: "", message: "cannot be read (\(error.localizedDescription)); check the path and permissions")
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw PlaybookError(file: file, line: nil, field: "", message: "is not UTF-8 text; save it as UTF-8")
        }
        return try decode(yaml: yaml, file: file, catalogue: catalogue)
    }

    /// Reads every `*.yaml` playbook in a folder, sorted by key; the first bad file stops the load.
    /// A `.yml` file is refused rather than skipped, so a misnamed playbook does not go missing.
    public static func loadAll(
        in directory: URL, catalogue: [DataDomain] = DataDomain.defaultCatalogue
    ) throws -> [Playbook] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw PlaybookError(file: directory.relativePath, line: nil, field: "", message: "cannot be listed (\(error.localizedDescription)); check the folder exists")
        }
        var playbooks: [Playbook] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            if name.hasSuffix(".yml") {
                throw PlaybookError(file: url.relativePath, line: nil, field: "", message: "playbooks end in .yaml; rename it to \(name.dropLast(4)).yaml")
            }
            if name.hasSuffix(".yaml") {
                playbooks.append(try load(contentsOf: url, catalogue: catalogue))
            }
        }
        return playbooks
    }

    /// The keys of the playbooks in a folder (their file names), without reading them: the
    /// dashboard offers these at start-up, and a bad file is refused when it is chosen.
    public static func keys(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }
}
