package io.jenkins.plugins.workbenchcredentials.masking;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A byte trie of the patterns, answering "which is the longest pattern starting here". Nodes are
 * numbered in depth-first order, so a node's first child is always the next node and the long
 * single-child chains that random secrets produce are walked through consecutive array slots; further
 * children hang off a sibling list. The root, and nodes with many children (near the root, where
 * hundreds of secrets share their first bytes), get a direct table of 256 children instead. Memory is
 * linear in the patterns' total length.
 */
final class PatternTrie {
    /** The walk reached the end of the available bytes where a longer pattern may still follow. */
    static final int UNDECIDED = -1;

    private static final byte TERMINAL = 1;
    private static final byte HAS_CHILD = 2;
    private static final byte DENSE = 4;
    /** A line break in the text may stand before this node's next byte: a hex form, deep enough. */
    private static final byte WRAPS = 8;
    /** From this many children on, a node's children are looked up in a table, not a list. */
    private static final int DENSE_CHILDREN = 8;

    private final int[] rootChild = new int[256];
    private final byte[] label;
    private final int[] sibling;
    private final byte[] flags;
    /** For a {@link #DENSE} node, where its 256 child slots start in {@link #denseChildren}. */
    private final int[] denseStart;

    private final int[] denseChildren;
    /** The longest text an occurrence can span: a hex form with a line break between each two bytes. */
    private int maxOccurrence;

    /** @param patterns distinct or not, each at least one byte long */
    PatternTrie(List<byte[]> patterns) {
        this(patterns, p -> false);
    }

    /**
     * @param wraps the patterns an occurrence of which may have a line break between two of its bytes,
     *     once {@link HexDumps#WRAP_DEPTH} of them have matched: a secret's hex forms
     */
    PatternTrie(List<byte[]> patterns, Predicate<byte[]> wraps) {
        byte[][] sorted = patterns.toArray(new byte[0][]);
        Arrays.sort(sorted, Arrays::compareUnsigned);
        int capacity = 0;
        int maxLength = 0;
        for (byte[] p : sorted) {
            capacity += p.length;
            maxLength = Math.max(maxLength, p.length);
        }
        byte[] labels = new byte[capacity];
        int[] siblings = new int[capacity];
        byte[] nodeFlags = new byte[capacity];
        Arrays.fill(rootChild, -1);
        int[] path = new int[maxLength + 1];
        int count = 0;
        byte[] previous = null;
        for (byte[] p : sorted) {
            int common = previous == null ? 0 : Arrays.mismatch(previous, p);
            if (common < 0 || common == p.length) {
                continue; // a duplicate: sorted order puts it right after its twin
            }
            for (int depth = common + 1; depth <= p.length; depth++) {
                int node = count++;
                labels[node] = p[depth - 1];
                siblings[node] = -1;
                if (depth == common + 1 && previous != null && previous.length >= depth) {
                    siblings[path[depth]] = node; // the previous pattern's branch is the elder sibling
                }
                if (depth == 1) {
                    rootChild[p[0] & 0xff] = node;
                } else {
                    nodeFlags[path[depth - 1]] |= HAS_CHILD;
                }
                path[depth] = node;
            }
            nodeFlags[path[p.length]] |= TERMINAL;
            if (wraps.test(p)) {
                for (int depth = HexDumps.WRAP_DEPTH; depth <= p.length; depth++) {
                    nodeFlags[path[depth]] |= WRAPS;
                }
                maxOccurrence = Math.max(maxOccurrence, 2 * p.length - 1);
            }
            maxOccurrence = Math.max(maxOccurrence, p.length);
            previous = p;
        }
        this.label = Arrays.copyOf(labels, count);
        this.sibling = Arrays.copyOf(siblings, count);
        this.flags = Arrays.copyOf(nodeFlags, count);
        this.denseStart = new int[count];
        this.denseChildren = denseTables();
    }

    private int[] denseTables() {
        int[] childCount = new int[label.length];
        int wide = 0;
        for (int node = 0; node < label.length; node++) {
            if ((flags[node] & HAS_CHILD) != 0) {
                for (int child = node + 1; child >= 0; child = sibling[child]) {
                    childCount[node]++;
                }
                if (childCount[node] >= DENSE_CHILDREN) {
                    wide++;
                }
            }
        }
        int[] tables = new int[wide * 256];
        Arrays.fill(tables, -1);
        int next = 0;
        for (int node = 0; node < label.length; node++) {
            if (childCount[node] >= DENSE_CHILDREN) {
                flags[node] |= DENSE;
                denseStart[node] = next;
                for (int child = node + 1; child >= 0; child = sibling[child]) {
                    tables[next + (label[child] & 0xff)] = child;
                }
                next += 256;
            }
        }
        return tables;
    }

    int nodeCount() {
        return label.length;
    }

    int maxOccurrence() {
        return maxOccurrence;
    }

    private int child(int node, byte f, byte b) {
        if ((f & DENSE) != 0) {
            return denseChildren[denseStart[node] + (b & 0xff)];
        }
        for (int child = node + 1; child >= 0; child = sibling[child]) {
            if (label[child] == b) {
                return child;
            }
        }
        return -1;
    }

    /**
     * The length of the longest pattern that starts at {@code a[start]} and ends before {@code end}
     * (with the line breaks a hex form may span);
     * 0 if none; {@link #UNDECIDED} if the bytes run out while a longer pattern is still possible and
     * more input may follow ({@code atEnd} false).
     */
    int longestMatch(byte[] a, int start, int end, boolean atEnd) {
        int node = rootChild[a[start] & 0xff];
        if (node < 0) {
            return 0;
        }
        final byte[] flags = this.flags;
        int i = start + 1;
        int best = 0;
        while (true) {
            byte f = flags[node];
            if ((f & TERMINAL) != 0) {
                best = i - start;
            }
            if ((f & HAS_CHILD) == 0) {
                return best;
            }
            if (i == end) {
                return atEnd ? best : UNDECIDED;
            }
            byte b = a[i++];
            int child = child(node, f, b);
            if (child < 0 && b == '\n' && (f & WRAPS) != 0) {
                // A dump's line break between two bytes of a hex form: one, then the form goes on.
                if (i == end) {
                    return atEnd ? best : UNDECIDED;
                }
                child = child(node, f, a[i++]);
            }
            if (child < 0) {
                return best;
            }
            node = child;
        }
    }
}
