package com.assisto.interfaces.console.equipment;

import com.assisto.domain.equipment.Equipment;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A machine in a component tree, flattened for a table: its depth indents it under its parent. */
public record TreeRow(long id, int depth, String description, String serialNumber, String typeName)
        implements Serializable {

    /** The machines and, under each, their components to any depth, in that order. */
    public static List<TreeRow> of(List<Equipment> roots) {
        List<TreeRow> rows = new ArrayList<>();
        for (Equipment root : roots) {
            add(root, 0, rows);
        }
        return rows;
    }

    private static void add(Equipment piece, int depth, List<TreeRow> rows) {
        rows.add(new TreeRow(
                piece.getId(),
                depth,
                piece.getDescription(),
                piece.getSerialNumber(),
                piece.getType() == null ? null : piece.getType().getName()));
        for (Equipment component : piece.getComponents()) {
            add(component, depth + 1, rows);
        }
    }
}
