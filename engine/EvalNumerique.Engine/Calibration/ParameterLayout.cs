namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// Numbers the free parameters for the information matrix: per item its slope (the shared one for
/// free 1PL items), intercept and guessing indices (−1 when not free), and which block each belongs to
/// — one block for everything up to a size limit, else one per item plus one for the 1PL items.
/// </summary>
internal sealed class ParameterLayout
{
    private readonly List<int> _blockSizes = [];

    public ParameterLayout(CalibrationState state, int fullLimit)
    {
        int items = state.Coefficients.Length;
        SlopeIndex = new int[items];
        InterceptIndex = new int[items];
        GuessingIndex = new int[items];
        Array.Fill(SlopeIndex, -1);
        Array.Fill(InterceptIndex, -1);
        Array.Fill(GuessingIndex, -1);
        var block = new List<int>();
        var local = new List<int>();
        int total = 0;
        for (int i = 0; i < items; i++)
            if (state.IsFree(i)) total += state.Models[i] switch { ItemModel.OnePL => 1, ItemModel.TwoPL => 2, _ => 3 };
        bool commonSlope = state.CommonSlopeIsFree && state.FreeOnePlItems.Count > 0;
        if (commonSlope) total++;
        bool full = total <= fullLimit;

        int Add(int blockId)
        {
            while (_blockSizes.Count <= blockId) _blockSizes.Add(0);
            block.Add(blockId);
            local.Add(_blockSizes[blockId]++);
            return block.Count - 1;
        }

        int onePlBlock = -1, shared = -1;
        if (commonSlope)
        {
            onePlBlock = 0;
            shared = Add(onePlBlock);
        }
        int nextBlock = commonSlope ? 1 : 0;
        for (int i = 0; i < items; i++)
        {
            if (!state.IsFree(i)) continue;
            int itemBlock = full ? 0 : state.Models[i] == ItemModel.OnePL && commonSlope ? onePlBlock : nextBlock++;
            if (state.Models[i] == ItemModel.OnePL) SlopeIndex[i] = shared;
            else SlopeIndex[i] = Add(itemBlock);
            InterceptIndex[i] = Add(itemBlock);
            if (state.Models[i] == ItemModel.ThreePL) GuessingIndex[i] = Add(itemBlock);
        }
        Block = [.. block];
        Local = [.. local];
    }

    /// <summary>Index of each item's slope parameter, or −1 (anchors, fixed 1PL slope).</summary>
    public int[] SlopeIndex { get; }

    /// <summary>Index of each item's intercept, or −1 when the item is not estimated.</summary>
    public int[] InterceptIndex { get; }

    /// <summary>Index of each 3PL item's c, or −1.</summary>
    public int[] GuessingIndex { get; }

    /// <summary>Block of each parameter.</summary>
    public int[] Block { get; }

    /// <summary>Position of each parameter inside its block.</summary>
    public int[] Local { get; }

    /// <summary>Number of parameters.</summary>
    public int Count => Block.Length;

    public int BlockSize(int block) => _blockSizes[block];

    public double[][] NewBlocks() => [.. _blockSizes.Select(size => new double[size * size])];
}
