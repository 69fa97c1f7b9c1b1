namespace EvalNumerique.Web.Features.Mediation.Invitations;

/// <summary>How an invitation is written for people: the link in full and the code in groups.</summary>
public static class InvitationLink
{
    /// <summary>The absolute link from the site's base address ("https://host/") and the invitation path ("/i/{token}").</summary>
    public static string Absolute(string baseUri, string path)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(path);
        return baseUri.TrimEnd('/') + "/" + path.TrimStart('/');
    }

    /// <summary>"ABC234" as "ABC 234": groups of three are easier to read out and type.</summary>
    public static string GroupedCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Join(' ', code.Chunk(3).Select(group => new string(group)));
    }
}
