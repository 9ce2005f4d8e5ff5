using System.Reflection;
using System.Text;

namespace ParseKamerstuk.Tests;

/// <summary>
/// The library's public API, listed by reflection, must equal the checked-in <c>PublicApi.approved.txt</c>: a change to
/// the public surface is a change to that file, made on purpose. <c>ACCEPT_PUBLIC_API=1</c> writes the file instead,
/// for a person to review before committing.
/// </summary>
public sealed class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(TestPaths.RepositoryRoot, "tests", "ParseKamerstuk.Tests", "PublicApi.approved.txt");

    [Fact]
    public void The_public_API_is_the_approved_one()
    {
        // Given the library assembly, when its public types and members are listed,
        var actual = Describe(typeof(KamerstukParser).Assembly);
        if (Environment.GetEnvironmentVariable("ACCEPT_PUBLIC_API") == "1")
        {
            File.WriteAllText(ApprovedPath, actual);
        }

        // then the list is the approved one.
        Assert.True(File.Exists(ApprovedPath), $"{ApprovedPath} is missing; run with ACCEPT_PUBLIC_API=1 to write it.");
        Assert.Equal(File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n"), actual);
    }

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every public type, and its public and protected members, one a line, in a stable order.</summary>
    internal static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            var members = type.GetMembers(Declared)
                .Where(IsVisible)
                .Select(Member)
                .Where(m => m is not null)
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName || method is ConstructorInfo { IsPublic: true } or ConstructorInfo { IsFamily: true },
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily),
        FieldInfo field => field.IsPublic || field.IsFamily,
        EventInfo e => e.AddMethod is { IsPublic: true } or { IsFamily: true },
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily,
        _ => false,
    };

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? "struct"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"public {kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static string? Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{Access(c)}ctor({Parameters(c)})",
        MethodInfo m => $"{Access(m)}{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetAccessors(true)[0].IsStatic ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {Accessors(p)}}}",
        FieldInfo f when f.DeclaringType!.IsEnum => f.IsSpecialName ? null : $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {TypeHeader(t)}",
        _ => null,
    };

    private static string Access(MethodBase method) => method.IsPublic ? string.Empty : "protected ";

    private static string Accessors(PropertyInfo property)
    {
        var text = new StringBuilder();
        if (property.GetMethod is { } get && (get.IsPublic || get.IsFamily))
        {
            text.Append(get.IsPublic ? "get; " : "protected get; ");
        }

        if (property.SetMethod is { } set && (set.IsPublic || set.IsFamily))
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            text.Append(set.IsPublic ? string.Empty : "protected ").Append(init ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty) + Name(p.ParameterType) + " " + p.Name + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return name[..tick] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
