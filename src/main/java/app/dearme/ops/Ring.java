package app.dearme.ops;

import java.util.ArrayList;
import java.util.List;

/** A fixed-size ring of the newest values: memory stays bounded however long the instance runs. */
final class Ring<T> {

    private final Object[] slots;
    private int next;
    private int size;

    Ring(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.slots = new Object[capacity];
    }

    synchronized void add(T value) {
        slots[next] = value;
        next = (next + 1) % slots.length;
        size = Math.min(size + 1, slots.length);
    }

    /** Oldest first. */
    @SuppressWarnings("unchecked")
    synchronized List<T> snapshot() {
        List<T> out = new ArrayList<>(size);
        int start = (next - size + slots.length) % slots.length;
        for (int i = 0; i < size; i++) {
            out.add((T) slots[(start + i) % slots.length]);
        }
        return out;
    }

    synchronized T newest() {
        return size == 0 ? null : snapshotAt(size - 1);
    }

    @SuppressWarnings("unchecked")
    private T snapshotAt(int i) {
        int start = (next - size + slots.length) % slots.length;
        return (T) slots[(start + i) % slots.length];
    }

    int capacity() {
        return slots.length;
    }
}
