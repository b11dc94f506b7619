using System.Collections;
using System.Runtime.CompilerServices;

namespace ComplaintsBot.Cases.Deadlines;

/// <summary>
/// The deadlines of a case in lifecycle order. A value type holding them inline, so computing a set
/// allocates nothing; enumerate it with foreach, index it, or <see cref="ToArray"/> it.
/// </summary>
public struct DeadlineSet : IReadOnlyList<CaseDeadline>
{
    /// <summary>The most deadlines a case can have: one of each <see cref="DeadlineKind"/>.</summary>
    public const int Capacity = 8;

    private Buffer _items;
    private int _count;

    public readonly int Count => _count;

    public readonly CaseDeadline this[int index] =>
        (uint)index < (uint)_count
            ? _items[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The set holds {_count} deadlines.");

    /// <summary>The deadline of that kind, or null when it does not apply to the case.</summary>
    public readonly CaseDeadline? Find(DeadlineKind kind)
    {
        for (var i = 0; i < _count; i++)
            if (_items[i].Kind == kind) return _items[i];
        return null;
    }

    /// <summary>The deadline of that kind; throws naming it when it does not apply to the case.</summary>
    public readonly CaseDeadline Get(DeadlineKind kind) =>
        Find(kind) ?? throw new KeyNotFoundException($"The case has no {kind.Name()} deadline.");

    public readonly CaseDeadline[] ToArray()
    {
        var array = new CaseDeadline[_count];
        for (var i = 0; i < _count; i++) array[i] = _items[i];
        return array;
    }

    public readonly Enumerator GetEnumerator() => new(this);

    readonly IEnumerator<CaseDeadline> IEnumerable<CaseDeadline>.GetEnumerator() => ((IEnumerable<CaseDeadline>)ToArray()).GetEnumerator();

    readonly IEnumerator IEnumerable.GetEnumerator() => ToArray().GetEnumerator();

    internal void Add(in CaseDeadline deadline) => _items[_count++] = deadline;

    public struct Enumerator(DeadlineSet set)
    {
        private readonly DeadlineSet _set = set;
        private int _index = -1;

        public readonly CaseDeadline Current => _set[_index];

        public bool MoveNext() => ++_index < _set.Count;
    }

    [InlineArray(Capacity)]
    private struct Buffer
    {
        private CaseDeadline _element;
    }
}
