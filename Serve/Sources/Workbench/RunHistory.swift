import Foundation
import GRDB

/// One run in the history: who ran what, when, on which inputs, and how it ended.
public struct RunRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    /// How a run stands. `queued` and `running` are the only states a killed server can leave;
    /// the next start marks them `interrupted`.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case queued, running, finished, failed, cancelled, interrupted

        /// The Swedish word shown on the pages.
        public var swedish: String {
            switch self {
            case .queued: return "i kö"
            case .running: return "körs"
            case .finished: return "klar"
            case .failed: return "misslyckades"
            case .cancelled: return "avbruten"
            case .interrupted: return "avbröts (servern stoppades)"
            }
        }
    }

    public static let databaseTableName = "run"

    public var id: Int64?
    /// The scenario file, relative to the workspace (for a compare: A's file).
    public var scenario: String
    public var scenarioName: String
    /// `summer`, `level_structuring`, `compare` or `sweep`.
    public var kind: String
    /// SHA-256 of the scenario file's chain, and of every input (summary.json's `inputs_sha256`).
    public var scenarioSHA256: String
    public var dataSHA256: String?
    public var samplanVersion: String
    /// Who asked: the server's user and the client's address.
    public var requestedBy: String
    public var status: Status
    /// The key figure shown in lists (the objective in SEK), and its Swedish label.
    public var keyFigure: Double?
    public var keyFigureLabel: String?
    /// The result folder, relative to the workspace.
    public var resultFolder: String?
    /// Why a run failed, in words.
    public var message: String?
    public var queuedAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?

    public init(scenario: String, scenarioName: String, kind: String, scenarioSHA256: String, dataSHA256: String? = nil,
                samplanVersion: String, requestedBy: String, status: Status = .queued, queuedAt: Date = Date()) {
        self.scenario = scenario
        self.scenarioName = scenarioName
        self.kind = kind
        self.scenarioSHA256 = scenarioSHA256
        self.dataSHA256 = dataSHA256
        self.samplanVersion = samplanVersion
        self.requestedBy = requestedBy
        self.status = status
        self.queuedAt = queuedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The run history: a SQLite database in the workspace (`.samplan/historik.sqlite`), created and
/// migrated when the server starts. Rows are kept until deleted.
public struct RunHistory: Sendable {
    let database: DatabaseQueue

    /// Opens (creating and migrating) the database at `path`, and marks every run a previous
    /// server left queued or running as interrupted: no process is working on it any more.
    public init(path: String) throws {
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        database = try DatabaseQueue(path: path)
        try Self.migrator.migrate(database)
        try database.write { db in
            try db.execute(sql: "UPDATE run SET status = ?, finishedAt = COALESCE(finishedAt, ?), message = COALESCE(message, ?) WHERE status IN (?, ?)",
                           arguments: [RunRecord.Status.interrupted.rawValue, Date(), "servern stoppades medan körningen pågick",
                                       RunRecord.Status.queued.rawValue, RunRecord.Status.running.rawValue])
        }
    }

    /// The schema, one migration per change; GRDB records which have run.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: run") { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("scenario", .text).notNull().indexed()
                t.column("scenarioName", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("scenarioSHA256", .text).notNull()
                t.column("dataSHA256", .text)
                t.column("samplanVersion", .text).notNull()
                t.column("requestedBy", .text).notNull()
                t.column("status", .text).notNull()
                t.column("keyFigure", .double)
                t.column("keyFigureLabel", .text)
                t.column("resultFolder", .text)
                t.column("message", .text)
                t.column("queuedAt", .datetime).notNull()
                t.column("startedAt", .datetime)
                t.column("finishedAt", .datetime)
            }
        }
        return migrator
    }

    /// Adds a run and returns it with its id.
    public func add(_ record: RunRecord) throws -> RunRecord {
        var record = record
        try database.write { db in try record.insert(db) }
        return record
    }

    /// Replaces a run's row (after a state change).
    public func update(_ record: RunRecord) throws {
        try database.write { db in try record.update(db) }
    }

    public func run(id: Int64) throws -> RunRecord? {
        try database.read { db in try RunRecord.fetchOne(db, key: id) }
    }

    /// Every run, newest first.
    public func all() throws -> [RunRecord] {
        try database.read { db in try RunRecord.order(Column("id").desc).fetchAll(db) }
    }

    /// The runs of one scenario file, newest first.
    public func runs(of scenario: String) throws -> [RunRecord] {
        try database.read { db in try RunRecord.filter(Column("scenario") == scenario).order(Column("id").desc).fetchAll(db) }
    }

    /// The newest finished run of each scenario file.
    public func latestFinished() throws -> [String: RunRecord] {
        let finished = try database.read { db in
            try RunRecord.filter(Column("status") == RunRecord.Status.finished.rawValue).order(Column("id").desc).fetchAll(db)
        }
        var latest: [String: RunRecord] = [:]
        for record in finished where latest[record.scenario] == nil { latest[record.scenario] = record }
        return latest
    }

    /// Deletes a run's row; true when there was one.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try database.write { db in try RunRecord.deleteOne(db, key: id) }
    }
}
