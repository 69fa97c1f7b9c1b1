using EvalNumerique.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalNumerique.Web.Features.Accounts;

/// <summary>Staff accounts: ASP.NET Core Identity on the app database, cookie sign-in, role policies.</summary>
public static class AccountSetup
{
    public const string LoginPath = "/account/login";

    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "evalnum-staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // Programs (API, hub) get a status code, people get the login page.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.MediationPolicy, p => p.RequireRole(StaffRoles.Mediator, StaffRoles.Admin))
            .AddPolicy(StaffRoles.AdminPolicy, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(StaffRoles.AuthoringPolicy, p => p.RequireRole(StaffRoles.Trainer, StaffRoles.Admin));
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EvalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // A locked account or a removed role ends open sessions within a minute, not at the default 30.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<StaffAccess>();
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
