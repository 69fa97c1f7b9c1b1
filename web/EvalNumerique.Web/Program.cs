using EvalNumerique.Web.Components;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddLocalization();
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
builder.Services.AddEvalDatabase(builder.Configuration);
builder.Services.AddHostedService<DatabaseInitializer>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ItemBankProvider>();
builder.Services.AddSingleton<CheckService>();
builder.Services.AddCheckRateLimits(builder.Configuration);

string[] cultures = ["fr-FR", "en"];
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    options.SetDefaultCulture(cultures[0]).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    // The person's choice (cookie) wins; the browser's language is not used: French first.
    options.RequestCultureProviders = [new CookieRequestCultureProvider()];
});

var app = builder.Build();

var bank = app.Services.GetRequiredService<ItemBankProvider>();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler();
}
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseRequestLocalization();
app.UseRateLimiter();

// Item pictures and recorded audio, read-only, straight from the item bank folder.
app.UseStaticFiles(new StaticFileOptions
{
    FileProvider = new PhysicalFileProvider(bank.Root),
    RequestPath = BankAssets.RequestPath,
    ServeUnknownFileTypes = false,
});
app.UseAntiforgery();

app.MapStaticAssets();
app.MapCheckApi();
app.MapGet("/language", (string lang, string? redirect, HttpContext http) =>
{
    string culture = lang == "en" ? "en" : "fr-FR";
    http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
    // Only local paths: the link cannot send the person to another site.
    string target = redirect is { Length: > 0 } && redirect.StartsWith('/') && !redirect.StartsWith("//", StringComparison.Ordinal) ? redirect : "/";
    return Results.LocalRedirect(target);
});
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
