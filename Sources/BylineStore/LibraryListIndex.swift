import GRDB

extension LibrarySchema {
    /// The list's default order (newest published first, then newest id, so no sort is needed)
    /// with everything its filter reads:
    /// the reader's filter-as-you-type and its count scan this index instead of the article
    /// rows, which hold whole texts and original bytes. It replaces the index on `published`.
    static func createListIndex(_ db: Database) throws {
        try db.create(index: "article_list", on: "article", columns: ["published", "id", "title", "site", "sourcePath"])
        try db.drop(index: "article_on_published")
    }
}
