using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EvalNumerique.Web.Data;

/// <summary>
/// Settings every SQLite connection gets when it opens. <c>busy_timeout</c>: a writer that finds
/// the database locked by another writer waits inside SQLite (retrying every few milliseconds)
/// instead of failing to the provider's own retry loop, which sleeps 150 ms at a time.
/// <c>synchronous</c>: FULL by default; NORMAL (<c>Database:Synchronous</c>) is safe against a
/// crash or restart of the app in WAL mode, but a power cut of the machine may lose the last commits.
/// The journal mode (WAL) is a property of the file, set once at start-up (<see cref="DatabaseSetup"/>).
/// </summary>
public sealed class SqliteConnectionSettings(int busyTimeoutMilliseconds, string synchronous) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = {Checked(synchronous)};";

    private static string Checked(string synchronous) => synchronous.ToUpperInvariant() switch
    {
        "FULL" => "FULL",
        "NORMAL" => "NORMAL",
        _ => throw new InvalidOperationException($"Database:Synchronous is '{synchronous}'; use FULL or NORMAL."),
    };

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
