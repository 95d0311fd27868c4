using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResumeMatcher.Core.Persistence.Json;

public static class JsonColumnExtensions
{
    /// <summary>Stores a value as a jsonb column, serialised with a source-generated System.Text.Json contract.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, JsonTypeInfo<T> typeInfo)
        where T : class, new()
    {
        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, typeInfo),
                json => JsonSerializer.Deserialize(json, typeInfo) ?? new T(),
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a!, typeInfo) == JsonSerializer.Serialize(b!, typeInfo),
                    value => JsonSerializer.Serialize(value, typeInfo).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize(JsonSerializer.Serialize(value, typeInfo), typeInfo)!));
        return property;
    }
}
