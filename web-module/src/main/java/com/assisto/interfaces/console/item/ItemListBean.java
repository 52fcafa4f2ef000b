package com.assisto.interfaces.console.item;

import com.assisto.application.item.ItemService;
import com.assisto.domain.item.Item;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Items with their stock per warehouse and incoming quantities. */
@Named
@ViewScoped
public class ItemListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ItemService items;

    private String text;

    private final LazyDataModel<Item> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) items.count(text);
        }

        @Override
        public List<Item> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return items.page(text, first, pageSize);
        }

        @Override
        public String getRowKey(Item item) {
            return String.valueOf(item.getId());
        }

        @Override
        public Item getRowData(String rowKey) {
            return items.get(Long.parseLong(rowKey));
        }
    };

    public LazyDataModel<Item> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
