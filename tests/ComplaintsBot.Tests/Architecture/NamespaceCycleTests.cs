using System.Reflection;
using System.Reflection.Emit;

namespace ComplaintsBot.Tests.Architecture;

/// <summary>
/// The host's folders depend on each other one way only (docs/architecture.md): a workflow may use the
/// frameworks and another workflow's card, never the reverse of a dependency that already exists. Checked over
/// the compiled host, so every kind of reference counts: signatures, base types, attributes and method bodies
/// (a lambda or async method counts for the type that wrote it).
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly Assembly Host = typeof(ComplaintsBot.Hosting.ComplaintsBotOptions).Assembly;

    [Fact]
    public void No_two_host_folders_depend_on_each_other_directly_or_through_others()
    {
        var graph = NamespaceGraph.Of(Host);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Namespace cycles in the host:\n" + string.Join("\n", cycles.Select(c => string.Join(" -> ", c) + " -> " + c[0] + "\n  because " + graph.Because(c))));
    }

    [Fact]
    public void The_check_sees_references_inside_method_bodies()
    {
        // Hosting names the workflows only inside AddComplaintsBot's body; a workflow names the framework in its
        // base types and signatures. A graph missing either kind of edge would let cycles through.
        var graph = NamespaceGraph.Of(Host);

        Assert.Contains("ComplaintsBot.CardActions", graph.DependenciesOf("ComplaintsBot.Hosting"));
        Assert.Contains("ComplaintsBot.Workflows.Extensions", graph.DependenciesOf("ComplaintsBot.Hosting"));
        Assert.Contains("ComplaintsBot.CardActions", graph.DependenciesOf("ComplaintsBot.Workflows.Extensions"));
    }

    [Fact]
    public void A_cycle_is_found_when_there_is_one()
    {
        var graph = new NamespaceGraph();
        graph.Add("A", "B", "A.X uses B.Y");
        graph.Add("B", "C", "B.Y uses C.Z");
        graph.Add("C", "A", "C.Z uses A.X");
        graph.Add("C", "D", "C.Z uses D.W");

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["A", "B", "C"], cycle.Order(StringComparer.Ordinal));
    }
}

/// <summary>Which namespaces of an assembly use which others, and why (one example per edge).</summary>
internal sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    public void Add(string from, string to, string why)
    {
        if (from == to) return;
        if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new(StringComparer.Ordinal);
        targets.TryAdd(to, why);
        _edges.TryAdd(to, new(StringComparer.Ordinal));
    }

    public IReadOnlyCollection<string> DependenciesOf(string from) => _edges.TryGetValue(from, out var targets) ? targets.Keys : [];

    public string Because(IReadOnlyList<string> cycle) =>
        string.Join("; ", cycle.Select((from, i) => _edges[from].TryGetValue(cycle[(i + 1) % cycle.Count], out var why) ? why : "?"));

    public static NamespaceGraph Of(Assembly assembly)
    {
        var graph = new NamespaceGraph();
        var root = assembly.GetName().Name!;
        foreach (var type in assembly.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null) continue;
            foreach (var used in Uses(type).SelectMany(Flatten))
            {
                if (used.Assembly != assembly || NamespaceOf(used) is not { } to) continue;
                if (!to.StartsWith(root, StringComparison.Ordinal)) continue;
                graph.Add(from, to, $"{Outer(type).FullName} uses {Outer(used).FullName}");
            }
        }
        return graph;
    }

    /// <summary>Strongly connected groups of more than one namespace (Tarjan), each in one of its orders.</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        var next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in _edges[node].Keys)
            {
                if (!index.ContainsKey(to)) { Visit(to); low[node] = Math.Min(low[node], low[to]); }
                else if (onStack.Contains(to)) low[node] = Math.Min(low[node], index[to]);
            }
            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); group.Add(member); } while (member != node);
            if (group.Count > 1) { group.Reverse(); result.Add(group); }
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal).ToList())
            if (!index.ContainsKey(node)) Visit(node);
        return result;
    }

    /// <summary>A type with its generic arguments and element types: List&lt;StaffMember&gt; uses StaffMember.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
            foreach (var inner in Flatten(element)) yield return inner;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
            foreach (var argument in type.GetGenericArguments())
                foreach (var inner in Flatten(argument)) yield return inner;
    }

    // Compiler-generated closures and state machines are nested types: they count for the type that wrote them.
    private static Type Outer(Type type) => type.DeclaringType is { } declaring ? Outer(declaring) : type;

    private static string? NamespaceOf(Type type) => Outer(type).Namespace;

    private static IEnumerable<Type> Uses(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var a in type.GetCustomAttributesData()) yield return a.AttributeType;
        foreach (var f in type.GetFields(all)) yield return f.FieldType;
        foreach (var p in type.GetProperties(all)) yield return p.PropertyType;
        foreach (var e in type.GetEvents(all)) if (e.EventHandlerType is { } handler) yield return handler;
        var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
        foreach (var method in methods)
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var p in method.GetParameters()) yield return p.ParameterType;
            foreach (var used in BodyOf(method)) yield return used;
        }
    }

    /// <summary>The types a method body names: in type tokens, and as the owners of the methods and fields it uses.</summary>
    private static IEnumerable<Type> BodyOf(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[++at]));
            at++;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineType:
                case OperandType.InlineTok:
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    MemberInfo? member = null;
                    try { member = module.ResolveMember(token, typeArgs, methodArgs); }
                    catch (ArgumentException) { }
                    if (member is Type t) yield return t;
                    else if (member?.DeclaringType is { } owner) yield return owner;
                    if (member is MethodInfo called) { yield return called.ReturnType; foreach (var g in called.IsGenericMethod ? called.GetGenericArguments() : []) yield return g; }
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, at);
                    at += 4 + 4 * count;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar: at += 1; break;
                case OperandType.InlineVar: at += 2; break;
                case OperandType.InlineI8:
                case OperandType.InlineR: at += 8; break;
                default: at += 4; break;
            }
        }
    }
}
