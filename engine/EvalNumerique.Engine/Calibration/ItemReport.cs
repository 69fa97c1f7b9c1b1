using System.Globalization;

namespace EvalNumerique.Engine.Calibration;

/// <summary>Turns one item's final state into a <see cref="CalibratedItem"/> with its warnings.</summary>
internal static class ItemReport
{
    /// <summary>A parameter within this of its bound counts as at the bound.</summary>
    private const double AtBound = 1e-6;

    public static CalibratedItem Describe(CalibrationItem item, CalibrationState state, int index, int answers, int correct, StandardError errors)
    {
        var options = state.Options;
        var parameters = state.Parameters(index);
        var warnings = new List<string>();
        if (item.IsAnchor)
            return new CalibratedItem(item.Id, item.Model, parameters, null, null, null, true, answers, correct, warnings);
        if (answers == 0)
        {
            warnings.Add("no answers: not calibrated; the starting values are reported.");
            return new CalibratedItem(item.Id, item.Model, parameters, null, null, null, false, 0, 0, warnings);
        }
        if (answers < options.FewAnswers)
            warnings.Add(Format($"only {answers} answers (fewer than {options.FewAnswers}): the estimates are unstable."));
        if (correct == answers)
            warnings.Add("every answer is correct: the likelihood has no finite maximum, b is held by its bound or prior.");
        else if (correct == 0)
            warnings.Add("every answer is wrong: the likelihood has no finite maximum, b is held by its bound or prior.");

        bool atBound = false;
        var free = FreeParameters.For(item.Model);
        bool slopeMoves = free.Slope || (item.Model == ItemModel.OnePL && state.CommonSlopeIsFree);
        if (slopeMoves && (parameters.A <= options.SlopeMin + AtBound || parameters.A >= options.SlopeMax - AtBound))
        {
            warnings.Add(Format($"a reached its bound ({parameters.A:G4}; allowed [{options.SlopeMin}, {options.SlopeMax}])."));
            atBound = true;
        }
        if (Math.Abs(parameters.B) >= options.DifficultyLimit - AtBound)
        {
            warnings.Add(Format($"b reached its bound ({parameters.B:G4}; allowed ±{options.DifficultyLimit})."));
            atBound = true;
        }
        if (free.Guessing && (parameters.C >= options.GuessingMax - AtBound || parameters.C <= (options.GuessingPrior is null ? 0 : ItemMaximisation.GuessingFloor) + AtBound))
        {
            warnings.Add(Format($"c reached its bound ({parameters.C:G4}; allowed [0, {options.GuessingMax}])."));
            atBound = true;
        }
        if (atBound)
        {
            warnings.Add("no standard errors for an item at a bound (the information there does not measure the uncertainty).");
            return new CalibratedItem(item.Id, item.Model, parameters, null, null, null, false, answers, correct, warnings);
        }
        if (errors.B is null)
            warnings.Add("standard errors could not be computed (the information is singular).");
        return new CalibratedItem(item.Id, item.Model, parameters, errors.A, errors.B, errors.C, false, answers, correct, warnings);
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
