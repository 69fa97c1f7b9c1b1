namespace EvalNumerique.Web.Features.Referrals.Sheet;

/// <summary>
/// What to take to the place, as resource keys of <c>ReferralText</c>: always an identity
/// document and the letter received; the login codes of the services the person's needs involve;
/// their phone when they have one (codes arrive by SMS).
/// </summary>
public static class WhatToBring
{
    public static IReadOnlyList<string> For(IReadOnlyCollection<string> needs, IReadOnlyDictionary<string, string> equipment)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(equipment);
        var list = new List<string> { "BringId", "BringLetter" };
        if (needs.Contains("caf") || needs.Contains("housing")) list.Add("BringCafNumber");
        if (needs.Contains("health")) list.Add("BringVitale");
        if (needs.Contains("taxes")) list.Add("BringTaxNumber");
        if (needs.Contains("job")) list.Add("BringJobId");
        if (equipment.TryGetValue("email", out var email) && email == "yes") list.Add("BringEmailPassword");
        if (equipment.TryGetValue("smartphone", out var phone) && phone == "yes") list.Add("BringPhone");
        return list;
    }
}
