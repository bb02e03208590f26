import BylineCore
import Foundation
import GRDB

extension AppDatabase {
    /// Highlights the words at `range` (Unicode scalar offsets into the article's text), as a
    /// reader does by selecting them: no search, the selectors are taken from the text itself.
    @discardableResult
    public func annotate(articleId: Int64, range: TextRange, note: String = "", tags: [String] = [], color: String? = nil,
                         now: Date = Date()) throws -> StoredAnnotation {
        try write { db in
            guard let body = try String.fetchOne(db, sql: "SELECT body FROM article WHERE id = ?", arguments: [articleId]) else {
                throw AnnotationError.noArticle(articleId)
            }
            let scalars = [Unicode.Scalar](scalarsOf: body)
            guard range.start >= 0, range.start < range.end, range.end <= scalars.count else {
                throw AnnotationError.rangeOutsideText(range)
            }
            return try AnnotationQueries.insert(articleId: articleId, anchor: TextAnchor(range: range, in: scalars),
                                                note: note, tags: tags, color: color, now: now, db: db)
        }
    }

    /// Replaces the note of an annotation (its highlight stays where it is).
    @discardableResult
    public func updateNote(annotationId: Int64, note: String, now: Date = Date()) throws -> StoredAnnotation {
        try write { db in
            try db.execute(sql: "UPDATE annotation SET note = ?, modifiedAt = ? WHERE id = ?", arguments: [note, now, annotationId])
            guard db.changesCount > 0, let annotation = try AnnotationQueries.fetch(db, articleId: nil, annotationId: annotationId).first else {
                throw AnnotationError.noAnnotation(annotationId)
            }
            return annotation
        }
    }

    /// Deletes an annotation with its tag links; returns whether there was one with this id.
    @discardableResult
    public func deleteAnnotation(id: Int64) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM annotation WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }
}
