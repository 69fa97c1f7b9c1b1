using Bunit;
using EvalNumerique.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Support;

/// <summary>A bUnit context with French localisation and loose JS interop (read-aloud, preferences).</summary>
public abstract class ComponentTest : IDisposable
{
    protected ComponentTest()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddLocalization();
    }

    protected BunitContext Context { get; } = new();

    public void Dispose()
    {
        Context.Dispose();
        GC.SuppressFinalize(this);
    }
}
