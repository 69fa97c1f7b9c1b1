using Microsoft.AspNetCore.DataProtection;

namespace EvalNumerique.Web.Features.Kiosk;

/// <summary>
/// A shared PC at a structure, turned into a kiosk by a staff member. The browser keeps a token
/// signed by the server (Data Protection), so checks started there are attributed to the structure
/// and nobody can attach checks to a structure by editing their browser storage.
/// </summary>
public sealed class KioskMode(IDataProtectionProvider protection)
{
    // Time-limited: a token copied from a public PC stops working; the staff member renews the kiosk once a year.
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("EvalNumerique.Kiosk.v1").ToTimeLimitedDataProtector();

    /// <summary>How long a kiosk stays a kiosk before a staff member must turn it on again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>Minutes without a touch after which a kiosk returns to the welcome screen (10 during a check, 3 on a result).</summary>
    public const int IdleMinutesDuringCheck = 10;

    public const int IdleMinutesOnResult = 3;

    public string TokenFor(int structureId) => _protector.Protect(structureId.ToString(System.Globalization.CultureInfo.InvariantCulture), Lifetime);

    /// <summary>The structure of a genuine token, or null for a missing, forged or stale one.</summary>
    public int? StructureOf(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000) return null;
        try
        {
            return int.TryParse(_protector.Unprotect(token), System.Globalization.CultureInfo.InvariantCulture, out int id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
