using Microsoft.AspNetCore.DataProtection;

namespace EvalNumerique.Web.Features.Kiosk;

/// <summary>
/// A shared PC at a structure, turned into a kiosk by a staff member. The browser keeps a token
/// signed by the server (Data Protection), so checks started there are attributed to the structure
/// and nobody can attach checks to a structure by editing their browser storage.
/// </summary>
public sealed class KioskMode(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("EvalNumerique.Kiosk.v1");

    /// <summary>Minutes without a touch after which a kiosk returns to the welcome screen (10 during a check, 3 on a result).</summary>
    public const int IdleMinutesDuringCheck = 10;

    public const int IdleMinutesOnResult = 3;

    public string TokenFor(int structureId) => _protector.Protect(structureId.ToString(System.Globalization.CultureInfo.InvariantCulture));

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
