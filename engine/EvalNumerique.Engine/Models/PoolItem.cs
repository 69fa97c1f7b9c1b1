namespace EvalNumerique.Engine.Models;

/// <summary>An item as given to an <see cref="ItemPool"/>: its id, parameters and optional content domain.</summary>
public sealed record PoolItem(string Id, ItemParameters Parameters, string? Domain = null);
