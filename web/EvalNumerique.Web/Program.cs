using Microsoft.AspNetCore.Localization;
using EvalNumerique.Web.Components;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Admin;
using EvalNumerique.Web.Features.Privacy;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Features.Follow;
using EvalNumerique.Web.Features.Kiosk;
using EvalNumerique.Web.Features.Mediation.Results;
using EvalNumerique.Web.Features.Authoring.Calibration;
using EvalNumerique.Web.Features.Referrals;
using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Features.Referrals.Interop;
using EvalNumerique.Web.Infrastructure;
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateBuilder(args);
// No request of this app needs a big body; a forged one cannot fill the disk.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 64 * 1024);

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
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.Services.AddStaffAccounts();
builder.Services.AddSingleton<AuditLog>();
builder.Services.AddScoped<CodeLookupGuard>();
builder.Services.AddSingleton<KioskMode>();
builder.Services.AddMediationPeople();
builder.Services.AddPrivacy();
builder.Services.AddAdmin();
builder.Services.AddFollowUp();
builder.Services.AddMediationResults();
builder.Services.AddReferrals();
builder.Services.AddCalibration();

string[] cultures = ["fr-FR", "en"];
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    options.SetDefaultCulture(cultures[0]).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    // The person's choice (cookie) wins; the browser's language is not used: French first.
    options.RequestCultureProviders = [new CookieRequestCultureProvider()];
});

var app = builder.Build();

if (args.Length > 0 && args[0] == CreateAdminCommand.Name)
    return await CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
if (args.Length > 0 && args[0] == ImportDirectoryCommand.Name)
    return await ImportDirectoryCommand.RunAsync(app.Services, args, Console.Out, Console.Error);

var bank = app.Services.GetRequiredService<ItemBankProvider>();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler();
}
// The API answers problem+json; a person who lands on an unknown page gets a kind page.
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/hubs")
        && HttpMethods.IsGet(context.Request.Method),
    pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
app.UseSecurityHeaders();
app.UseRequestLocalization();
app.UseRateLimiter();

// Item pictures and recorded audio, read-only, straight from the item bank folder (nothing else of it).
app.UseBankFilesOnly();
app.UseStaticFiles(new StaticFileOptions
{
    FileProvider = new PhysicalFileProvider(bank.Root),
    RequestPath = BankAssets.RequestPath,
    ServeUnknownFileTypes = false,
});
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapCheckApi();
app.MapLanguage();
app.MapPrivacy();
app.MapAdmin();
app.MapFollowUp();
app.MapKioskApi();
app.MapReferralInterop();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
