import Foundation

/// Expands the paths a user names into the article files to read, in a stable order.
public enum ArticleFiles {
    /// Every regular, non-hidden file under each path (folders recursively, sorted), in the
    /// order the paths are given; `-` (standard input) and paths that are not folders stay as
    /// they are, so that reading them reports what is wrong.
    /// - Throws: `InputFile.LoadError.unreadable` when a folder cannot be listed.
    public static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { throw InputFile.LoadError.unreadable(path, reason: "cannot list it") }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { walker.skipDescendants() }
                    continue
                }
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }
}
