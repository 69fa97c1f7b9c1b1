using System.Globalization;
using System.Text.Json;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;

namespace EvalNumerique.Benchmarks.Peers;

/// <summary>
/// The inputs both libraries read: a bank (bank.json, the evalnum bank format), true abilities
/// (thetas.json) and one pre-drawn uniform per simulee and bank item (uniforms.json; simulee j
/// answers item k right iff uniforms[j][k] &lt; P_k(θ_j)). Numbers are written as short decimals
/// so that both parsers read exactly the same doubles.
/// </summary>
internal sealed record PeerData(ItemPool Pool, double[] Thetas, double[][] Uniforms)
{
    /// <summary>
    /// Half 2PL, half 3PL (d = 1: jsCAT's information ignores d): a ~ U(0.5, 2.5), b ~ U(−3, 3),
    /// c ~ U(0.05, 0.3) on odd items; θ ~ N(0, 1).
    /// </summary>
    public static void Generate(string directory, int items, int simulees, ulong seed)
    {
        Directory.CreateDirectory(directory);
        var random = new RandomSource(seed);
        var bank = Enumerable.Range(0, items).Select(i => new
        {
            id = $"p{i:D4}",
            a = Math.Round(0.5 + 2 * random.NextDouble(), 3),
            b = Math.Round(-3 + 6 * random.NextDouble(), 3),
            c = i % 2 == 0 ? 0 : Math.Round(0.05 + 0.25 * random.NextDouble(), 3),
            d = 1.0,
        }).ToArray();
        var thetas = Enumerable.Range(0, simulees).Select(_ => Math.Round(random.NextStandardNormal(), 4)).ToArray();
        var uniforms = Enumerable.Range(0, simulees)
            .Select(_ => Enumerable.Range(0, items).Select(_ => Math.Round(random.NextDouble(), 10)).ToArray()).ToArray();
        File.WriteAllText(Path.Combine(directory, "bank.json"), JsonSerializer.Serialize(new { D = 1.0, items = bank }));
        File.WriteAllText(Path.Combine(directory, "thetas.json"), JsonSerializer.Serialize(thetas));
        File.WriteAllText(Path.Combine(directory, "uniforms.json"), JsonSerializer.Serialize(uniforms));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {items} items, {simulees} simulees (seed {seed}) to {directory}"));
    }

    public static PeerData Load(string directory)
    {
        using var bank = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "bank.json")));
        var items = bank.RootElement.GetProperty("items").EnumerateArray().Select(item => new PoolItem(
            item.GetProperty("id").GetString()!,
            new ItemParameters(item.GetProperty("a").GetDouble(), item.GetProperty("b").GetDouble(),
                item.GetProperty("c").GetDouble(), item.GetProperty("d").GetDouble()))).ToArray();
        var pool = new ItemPool(items, bank.RootElement.GetProperty("D").GetDouble());
        var thetas = JsonSerializer.Deserialize<double[]>(File.ReadAllText(Path.Combine(directory, "thetas.json")))!;
        var uniforms = JsonSerializer.Deserialize<double[][]>(File.ReadAllText(Path.Combine(directory, "uniforms.json")))!;
        return new PeerData(pool, thetas, uniforms);
    }
}
