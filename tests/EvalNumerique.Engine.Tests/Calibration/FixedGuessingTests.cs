using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Calibration;

/// <summary>2PL items with a known lower asymptote held fixed (e.g. the bank's guessing level), and standard errors when one item is degenerate.</summary>
public sealed class FixedGuessingTests
{
    private static readonly ItemPool TwoPl = Recovery.TrueItems(15, ItemModel.TwoPL, seed: 51);

    private static readonly ItemPool Truth = new([.. TwoPl.Ids.Select((id, i) => new PoolItem(id, TwoPl[i] with { C = 0.15 }, "d"))]);

    private static readonly ResponseMatrix Data = ResponseSimulation.Complete(Truth, Recovery.Thetas(1500, seed: 52), seed: 53);

    [Fact]
    public void A_2pl_item_with_its_guessing_held_keeps_c_and_recovers_b()
    {
        var items = Truth.Ids.Select(id => new CalibrationItem(id, ItemModel.TwoPL, FixedGuessing: 0.15)).ToList();
        var result = MmlEm.Calibrate(items, Data);
        Assert.All(result.Items, i => Assert.Equal(0.15, i.Parameters.C));
        var (bias, rmse) = Recovery.Error(result.Items.Select((item, i) => (item.Parameters.B, Truth[i].B)));
        // Tolerance: 1 500 persons, 15 items: b's SE is about 0.1; the mean bias of 15 items well under it.
        Assert.InRange(bias, -0.08, 0.08);
        Assert.True(rmse < 0.2, $"RMSE {rmse:0.000}");
        Assert.All(result.Items, i => Assert.Null(i.SeC));
    }

    [Fact]
    public void Ignoring_the_guessing_biases_b_downwards_which_holding_it_avoids()
    {
        // The same 3PL data fitted as a plain 2PL (c = 0): low-ability guesses look like ability, so b falls.
        var plain = MmlEm.Calibrate(Recovery.Free(Truth, ItemModel.TwoPL), Data);
        var (plainBias, _) = Recovery.Error(plain.Items.Select((item, i) => (item.Parameters.B, Truth[i].B)));
        Assert.True(plainBias < -0.1, $"plain 2PL bias {plainBias:0.000}");
    }

    [Fact]
    public void A_guessing_outside_0_1_is_refused()
    {
        var items = Truth.Ids.Select(id => new CalibrationItem(id, ItemModel.TwoPL, FixedGuessing: 1.2)).ToList();
        Assert.Throws<ArgumentException>(() => MmlEm.Calibrate(items, Data));
    }

    [Fact]
    public void An_item_answered_by_one_person_does_not_take_the_other_items_standard_errors_with_it()
    {
        // Item 0 answered by one person only: its cross-product block is that person's score times
        // itself, of rank 1, so the joint information is singular (without the per-item fallback,
        // every item lost its SEs — checked by removing it).
        var persons = Enumerable.Range(0, Data.PersonCount).Select(j =>
        {
            var list = new List<Response>();
            for (int at = Data.Start[j]; at < Data.Start[j + 1]; at++)
                if (Data.Items[at] != 0 || j == 0) list.Add(new Response(Data.Items[at], Data.Scores[at]));
            return (IReadOnlyList<Response>)list;
        }).ToList();
        var data = new ResponseMatrix(Truth.Count, persons);
        var result = MmlEm.Calibrate(Truth.Ids.Select(id => new CalibrationItem(id, ItemModel.TwoPL, FixedGuessing: 0.15)).ToList(), data);
        Assert.True(result.Items.Skip(1).Count(i => i.SeB is > 0) >= Truth.Count - 2, "the other items keep their standard errors");
    }
}
