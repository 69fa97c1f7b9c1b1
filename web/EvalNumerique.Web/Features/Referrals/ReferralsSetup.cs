using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Features.Referrals.FollowUp;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Features.Referrals.Rules;
using EvalNumerique.Web.Features.Referrals.Sheet;

namespace EvalNumerique.Web.Features.Referrals;

/// <summary>Registers orientation, referral sheets, follow-up, the directory and the referral rules.</summary>
public static class ReferralsSetup
{
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        // Stateless: the staff scope is given with every call, so one instance serves every circuit.
        services.AddSingleton<DirectoryImporter>();
        services.AddSingleton<OrientationService>();
        services.AddSingleton<PublicSuggestions>();
        services.AddSingleton<ReferralFollowUpService>();
        services.AddSingleton<ReferralSheetService>();
        services.AddSingleton<PlaceErrorService>();
        services.AddSingleton<ReferralRuleAdmin>();
        services.AddSingleton<DirectoryAdmin>();
        services.AddSingleton<Interop.CoopAccompanimentExport>();
        return services;
    }
}
