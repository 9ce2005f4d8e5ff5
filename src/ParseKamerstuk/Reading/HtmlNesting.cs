namespace ParseKamerstuk.Reading;

/// <summary>
/// How deep the stack of open elements of an HTML tree builder grows on a text, at least: the tags are read as the
/// HTML standard's tokenizer reads them (comments, quoted attribute values and the text of <c>script</c>, <c>style</c>,
/// <c>textarea</c> and <c>title</c> hold no tags) and the stack is kept by the tree-construction rules that make
/// it shallower: an end tag closes only an element that is open and in scope ("any other end tag" stops at a
/// special element, so a stray <c>&lt;/b&gt;</c> closes nothing), a new <c>p</c>, <c>li</c>, <c>dd</c>, <c>option</c>,
/// cell or row closes the open one, formatting elements a block closed count until they are reopened. Where
/// a rule might close less than this simplification, it closes less, so the depth is never underestimated.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "image", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr", "frame",
    };

    // Raw text and escapable raw text: their content is text up to their own end tag.
    private static readonly HashSet<string> s_rawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    };

    private static readonly HashSet<string> s_formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // "The following elements have varying levels of special parsing rules" (HTML, 13.2.4.2): the special category.
    private static readonly HashSet<string> s_special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp",
    };

    // Start tags that first close an open p ("If the stack of open elements has a p element in button scope, then close a p element").
    private static readonly HashSet<string> s_closesP = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "hr", "xmp",
    };

    // "has an element in scope": the elements a search for an open element stops at.
    private static readonly HashSet<string> s_scope = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
    };

    // Elements whose closing clears the list of active formatting elements up to its last marker.
    private static readonly HashSet<string> s_markers = new(StringComparer.Ordinal)
    {
        "applet", "marquee", "object", "template", "td", "th", "caption",
    };

    private static readonly HashSet<string> s_headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    private static readonly HashSet<string> s_tableContext = new(StringComparer.Ordinal) { "table", "tbody", "thead", "tfoot", "tr" };

    /// <summary>
    /// The depth <paramref name="html"/> reaches, or a number over <paramref name="limit"/> as soon as it passes it.
    /// Linear in the text: a search down the stack goes at most <paramref name="limit"/> elements deep.
    /// </summary>
    public static int Depth(string html, int limit)
    {
        var tree = new Tree();
        var deepest = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            var next = position + 1;
            if (next >= html.Length)
            {
                break;
            }

            var c = html[next];
            if (c == '!' || c == '?')
            {
                position = SkipMarkupDeclaration(html, position);
                continue;
            }

            var closing = c == '/';
            var nameStart = closing ? next + 1 : next;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "</>" and "</ …" are no tags the tree sees ("</" and another character is a bogus comment).
                position = closing && nameStart < html.Length && html[nameStart] != '>' ? SkipTo(html, nameStart, '>') : next;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            position = EndOfTag(html, nameEnd, out var selfClosing);
            var attributes = !closing && s_formatting.Contains(name) ? html[nameEnd..Math.Max(nameEnd, position - 1)].Trim().TrimEnd('/') : string.Empty;
            if (closing)
            {
                tree.End(name);
                continue;
            }

            if (name == "plaintext")
            {
                break; // the rest of the text is text
            }

            var foreign = tree.Start(name, attributes, selfClosing);
            deepest = Math.Max(deepest, tree.Depth);
            if (deepest > limit)
            {
                return deepest;
            }

            if (!foreign && s_rawText.Contains(name))
            {
                position = SkipRawText(html, position, name);
                tree.End(name);
            }
        }

        return deepest;
    }

    // "<!--" to "-->", "<!DOCTYPE …>", "<?…>", "<![CDATA[…]]>" (as a bogus comment, to ">").
    private static int SkipMarkupDeclaration(string html, int position)
    {
        if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        return SkipTo(html, position + 2, '>');
    }

    private static int SkipTo(string html, int position, char c)
    {
        var end = html.IndexOf(c, position);
        return end < 0 ? html.Length : end + 1;
    }

    // After the tag name: attributes to the closing ">", a quoted value hiding any ">" it holds.
    private static int EndOfTag(string html, int position, out bool selfClosing)
    {
        selfClosing = false;
        var afterEquals = false;
        while (position < html.Length)
        {
            var c = html[position];
            if (c == '>')
            {
                selfClosing = position > 0 && html[position - 1] == '/';
                return position + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                var end = html.IndexOf(c, position + 1);
                if (end < 0)
                {
                    return html.Length;
                }

                position = end + 1;
                afterEquals = false;
                continue;
            }

            if (c == '=')
            {
                afterEquals = true;
            }
            else if (c is not (' ' or '\t' or '\n' or '\f' or '\r'))
            {
                afterEquals = false;
            }

            position++;
        }

        return position;
    }

    // Text up to "</name" followed by a space, "/" or ">".
    private static int SkipRawText(string html, int position, string name)
    {
        while (true)
        {
            var end = html.IndexOf("</", position, StringComparison.Ordinal);
            if (end < 0)
            {
                return html.Length;
            }

            var after = end + 2 + name.Length;
            if (after <= html.Length && string.Compare(html, end + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || html[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>'))
            {
                return end;
            }

            position = end + 2;
        }
    }

    /// <summary>The stack of open elements and the list of active formatting elements, by name.</summary>
    private sealed class Tree
    {
        private readonly List<Node> _stack = [];
        private readonly List<Node?> _active = []; // null: a marker
        private int _closedFormatting;

        /// <summary>Open elements, and formatting elements closed by a block that the next text reopens.</summary>
        public int Depth => _stack.Count + _closedFormatting;

        private Node? Current => _stack.Count > 0 ? _stack[^1] : null;

        /// <summary>A start tag; whether the element is foreign (SVG, MathML), whose content holds no raw text.</summary>
        public bool Start(string name, string attributes, bool selfClosing)
        {
            var current = Current;
            var inForeign = current is { Foreign: true } && current.Name is not ("foreignobject" or "desc" or "title" or "annotation-xml" or "mi" or "mo" or "mn" or "ms" or "mtext");
            if (inForeign || name is "svg" or "math")
            {
                if (!selfClosing)
                {
                    Push(name, foreign: true);
                }

                return true;
            }

            if (s_void.Contains(name) || name is "html" or "head" or "body" or "frameset")
            {
                return false;
            }

            if (s_closesP.Contains(name))
            {
                if (name == "li")
                {
                    CloseOpen(static n => n == "li");
                }
                else if (name is "dd" or "dt")
                {
                    CloseOpen(static n => n is "dd" or "dt");
                }

                ClosePInButtonScope();
                if (s_headings.Contains(name) && Current is { } top && s_headings.Contains(top.Name))
                {
                    Pop();
                }
            }

            switch (name)
            {
                case "a":
                    CloseFormatting("a");
                    break;
                case "nobr":
                    if (InScope("nobr", s_scope))
                    {
                        CloseFormatting("nobr");
                    }

                    break;
                case "button":
                    if (InScope("button", s_scope))
                    {
                        PopTo("button");
                    }

                    break;
                case "option":
                    if (Current?.Name == "option")
                    {
                        Pop();
                    }

                    break;
                case "optgroup":
                    if (Current?.Name == "option")
                    {
                        Pop();
                    }

                    if (Current?.Name == "optgroup" && InSelect())
                    {
                        Pop();
                    }

                    break;
                case "select":
                    if (InSelect())
                    {
                        PopTo("select");
                        return false; // "<select> in select: act as </select>"
                    }

                    break;
                case "rb" or "rtc" or "rp" or "rt":
                    if (InScope("ruby", s_scope))
                    {
                        while (Current?.Name is "rb" or "rp" or "rt" || (Current?.Name == "rtc" && name is "rb" or "rtc"))
                        {
                            Pop();
                        }
                    }

                    break;
                case "table":
                    if (InTableMode() && InScope("table", IsTableScope))
                    {
                        PopTo("table"); // a table start tag in a table ends that table
                    }

                    break;
                case "caption" or "colgroup" or "tbody" or "thead" or "tfoot":
                    if (InTableMode())
                    {
                        while (Current is { Name: not ("table" or "template" or "html") })
                        {
                            Pop();
                        }
                    }

                    break;
                case "tr":
                    if (InTableMode())
                    {
                        while (Current is { Name: not ("tbody" or "thead" or "tfoot" or "table" or "template" or "html") })
                        {
                            Pop();
                        }

                        if (Current?.Name == "table")
                        {
                            Push("tbody", foreign: false); // "<tr> in table: insert a tbody, then the row"
                        }
                    }

                    break;
                case "td" or "th":
                    if (InScope("td", IsTableScope) || InScope("th", IsTableScope))
                    {
                        PopTo(static n => n is "td" or "th");
                    }

                    if (Current?.Name == "table")
                    {
                        Push("tbody", foreign: false);
                    }

                    if (Current?.Name is "tbody" or "thead" or "tfoot")
                    {
                        Push("tr", foreign: false); // a cell outside a row: the row is implied
                    }

                    break;
            }

            Push(name, foreign: false);
            if (s_formatting.Contains(name))
            {
                NoahsArk(name, attributes);
                var node = Current!;
                node.Attributes = attributes;
                node.Active = true;
                _active.Add(node);
            }
            else if (s_markers.Contains(name))
            {
                _active.Add(null);
            }

            return false;
        }

        /// <summary>An end tag.</summary>
        public void End(string name)
        {
            switch (name)
            {
                case "html" or "body" or "head" or "br":
                    return;
                case "p":
                    ClosePInButtonScope();
                    return;
                case "li":
                    if (InScope("li", n => s_scope.Contains(n) || n is "ol" or "ul"))
                    {
                        PopTo("li");
                    }

                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    if (InScope(s_headings.Contains, s_scope.Contains))
                    {
                        PopTo(s_headings.Contains);
                    }

                    return;
                case "form":
                    // The form element alone leaves the stack; what it holds stays open.
                    if (FindInScope("form", s_scope.Contains) is var form and >= 0)
                    {
                        Remove(form);
                    }

                    return;
                case "option":
                    if (Current?.Name == "option")
                    {
                        Pop();
                    }

                    return;
                case "optgroup":
                    if (Current?.Name == "option" && _stack.Count > 1 && _stack[^2].Name == "optgroup")
                    {
                        Pop();
                    }

                    if (Current?.Name == "optgroup")
                    {
                        Pop();
                    }

                    return;
                case "select":
                    if (InSelect())
                    {
                        PopTo("select");
                    }

                    return;
                case "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" or "colgroup" or "template":
                    if (InScope(name, IsTableScope))
                    {
                        PopTo(name);
                    }

                    return;
            }

            if (Current is { Foreign: true })
            {
                AnyOtherEndTag(name);
            }
            else if (s_formatting.Contains(name))
            {
                EndFormatting(name);
            }
            else if (s_special.Contains(name))
            {
                if (InScope(name, s_scope))
                {
                    PopTo(name);
                }
            }
            else
            {
                AnyOtherEndTag(name);
            }
        }

        private static bool IsTableScope(string name) => name is "html" or "table" or "template";

        private bool InTableMode() => Current is { } current && s_tableContext.Contains(current.Name);

        // "in select scope": only option and optgroup may stand between the top and the select.
        private bool InSelect()
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                var name = _stack[i].Name;
                if (name == "select")
                {
                    return true;
                }

                if (name is not ("option" or "optgroup"))
                {
                    return false;
                }
            }

            return false;
        }

        // The adoption agency, as far as the depth goes: with no special element inside the formatting element,
        // the elements down to it close; with one, the stack keeps its depth (an element is taken out, a copy put in).
        private void EndFormatting(string name)
        {
            var entry = LastActive(name);
            if (entry is null)
            {
                AnyOtherEndTag(name);
                return;
            }

            if (!entry.OnStack)
            {
                RemoveActive(entry);
                return;
            }

            var at = _stack.LastIndexOf(entry);
            if (!InScope(n => ReferenceEquals(n, entry), at))
            {
                return;
            }

            for (var i = at + 1; i < _stack.Count; i++)
            {
                if (!_stack[i].Foreign && s_special.Contains(_stack[i].Name))
                {
                    return;
                }
            }

            while (_stack.Count > at)
            {
                Pop();
            }

            RemoveActive(entry);
        }

        // A new a (or nobr) while one is active: the old one is closed by the adoption agency.
        private void CloseFormatting(string name)
        {
            if (LastActive(name) is { } entry)
            {
                if (entry.OnStack)
                {
                    var at = _stack.LastIndexOf(entry);
                    for (var i = at + 1; i < _stack.Count; i++)
                    {
                        if (!_stack[i].Foreign && s_special.Contains(_stack[i].Name))
                        {
                            return;
                        }
                    }

                    while (_stack.Count > at)
                    {
                        Pop();
                    }
                }

                RemoveActive(entry);
            }
        }

        // "any other end tag": down the stack to an element of that name, unless a special element comes first.
        private void AnyOtherEndTag(string name)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                var node = _stack[i];
                if (node.Name == name)
                {
                    while (_stack.Count > i)
                    {
                        Pop();
                    }

                    return;
                }

                if (!node.Foreign && s_special.Contains(node.Name))
                {
                    return;
                }
            }
        }

        // For li, dd and dt: an open one is closed, unless a special element other than address, div or p comes first.
        private void CloseOpen(Func<string, bool> match)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                var node = _stack[i];
                if (match(node.Name))
                {
                    while (_stack.Count > i)
                    {
                        Pop();
                    }

                    return;
                }

                if (s_special.Contains(node.Name) && node.Name is not ("address" or "div" or "p"))
                {
                    return;
                }
            }
        }

        private void ClosePInButtonScope()
        {
            if (InScope("p", n => s_scope.Contains(n) || n == "button"))
            {
                PopTo("p");
            }
        }

        // "If there are already three elements in the list of active formatting elements after the last marker that
        // have the same tag name, namespace, and attributes as element, then remove the earliest such element." The
        // attributes are compared as written: the same attributes in another order count as others (a longer list).
        private void NoahsArk(string name, string attributes)
        {
            var same = 0;
            var earliest = -1;
            for (var i = _active.Count - 1; i >= 0 && _active[i] is { } entry; i--)
            {
                if (entry.Name == name && entry.Attributes == attributes)
                {
                    same++;
                    earliest = i;
                }
            }

            if (same >= 3)
            {
                RemoveActive(_active[earliest]!);
            }
        }

        private Node? LastActive(string name)
        {
            for (var i = _active.Count - 1; i >= 0; i--)
            {
                var entry = _active[i];
                if (entry is null)
                {
                    return null;
                }

                if (entry.Name == name)
                {
                    return entry;
                }
            }

            return null;
        }

        private void RemoveActive(Node entry)
        {
            _active.Remove(entry);
            entry.Active = false;
            if (!entry.OnStack)
            {
                _closedFormatting--;
            }
        }

        private bool InScope(string name, HashSet<string> boundaries) => FindInScope(name, boundaries.Contains) >= 0;

        private bool InScope(string name, Func<string, bool> boundary) => FindInScope(name, boundary) >= 0;

        private bool InScope(Func<string, bool> match, Func<string, bool> boundary)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                if (match(_stack[i].Name))
                {
                    return true;
                }

                if (boundary(_stack[i].Name) || _stack[i].Foreign)
                {
                    return false;
                }
            }

            return false;
        }

        private bool InScope(Func<Node, bool> match, int at)
        {
            for (var i = _stack.Count - 1; i >= at; i--)
            {
                if (match(_stack[i]))
                {
                    return true;
                }

                if (s_scope.Contains(_stack[i].Name) || _stack[i].Foreign)
                {
                    return false;
                }
            }

            return false;
        }

        private int FindInScope(string name, Func<string, bool> boundary)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                if (_stack[i].Name == name && !_stack[i].Foreign)
                {
                    return i;
                }

                if (boundary(_stack[i].Name) || _stack[i].Foreign)
                {
                    return -1;
                }
            }

            return -1;
        }

        private void PopTo(string name) => PopTo(n => n == name);

        private void PopTo(Func<string, bool> match)
        {
            while (_stack.Count > 0)
            {
                var matched = match(_stack[^1].Name);
                Pop();
                if (matched)
                {
                    return;
                }
            }
        }

        private void Push(string name, bool foreign) => _stack.Add(new Node(name, foreign));

        private void Pop() => Remove(_stack.Count - 1);

        private void Remove(int index)
        {
            var node = _stack[index];
            _stack.RemoveAt(index);
            node.OnStack = false;
            if (node.Active)
            {
                _closedFormatting++;
            }

            if (!node.Foreign && s_markers.Contains(node.Name))
            {
                // Closing a cell, caption, template or object forgets the formatting opened inside it.
                while (_active.Count > 0)
                {
                    var entry = _active[^1];
                    _active.RemoveAt(_active.Count - 1);
                    if (entry is null)
                    {
                        break;
                    }

                    entry.Active = false;
                    if (!entry.OnStack)
                    {
                        _closedFormatting--;
                    }
                }
            }
        }
    }

    private sealed class Node(string name, bool foreign)
    {
        public string Name { get; } = name;

        public bool Foreign { get; } = foreign;

        public bool OnStack { get; set; } = true;

        public bool Active { get; set; }

        public string Attributes { get; set; } = string.Empty;
    }
}
