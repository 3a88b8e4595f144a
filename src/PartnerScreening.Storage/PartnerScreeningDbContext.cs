using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PartnerScreening.Storage;

/// <summary>
/// The one EF Core model for SQLite (embedded default) and PostgreSQL (scale-out). Entity configurations live
/// beside their entities in feature folders and are picked up by <see cref="OnModelCreating"/>; code reaches
/// tables through <c>Set&lt;T&gt;()</c>.
/// </summary>
public sealed class PartnerScreeningDbContext(DbContextOptions<PartnerScreeningDbContext> options)
    : IdentityDbContext<IdentityUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartnerScreeningDbContext).Assembly);
    }
}
