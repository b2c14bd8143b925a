package org.emporium.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emporium.catalog.CatalogAdmin;
import org.emporium.catalog.Category;
import org.emporium.catalog.CategoryDraft;
import org.emporium.catalog.ProductDraft;
import org.emporium.catalog.SpecTemplate;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * 类目管理 (ADMIN): the category tree, reordered and moved by drag and drop (the new order is saved at once); the
 * chosen category's names, address, icon and specification templates; new categories; hiding and deleting (refused
 * while products use the category).
 */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {

    @Inject
    transient CatalogAdmin admin;

    @Inject
    transient Validator validator;

    private TreeNode<Category> root;
    private TreeNode<Category> selectedNode;
    private Long selectedId;
    private Form form = new Form();
    private boolean creating;
    private String templates = "";

    /** Category id → node, rebuilt with the tree, for keeping the selection and for tests. */
    public TreeNode<Category> getRoot() {
        if (root == null) {
            build();
        }
        return root;
    }

    private void build() {
        List<Category> all = admin.categories();
        root = new DefaultTreeNode<>("category", null, null);
        add(root, null, all);
    }

    private void add(TreeNode<Category> parent, Long parentId, List<Category> all) {
        for (Category c : all) {
            if (Objects.equals(c.getParentId(), parentId)) {
                TreeNode<Category> node = new DefaultTreeNode<>("category", c, parent);
                node.setExpanded(parentId == null || c.getId().equals(selectedId));
                if (c.getId().equals(selectedId)) {
                    node.setSelected(true);
                    selectedNode = node;
                    expandUp(node);
                }
                add(node, c.getId(), all);
            }
        }
    }

    private static void expandUp(TreeNode<Category> node) {
        for (TreeNode<Category> at = node.getParent(); at != null; at = at.getParent()) {
            at.setExpanded(true);
        }
    }

    /** A drop: the dragged category now sits under the drop node at the drop index. */
    public void onDragDrop(TreeDragDropEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<Category> dragged = event.getDragNode();
        @SuppressWarnings("unchecked")
        TreeNode<Category> target = event.getDropNode();
        Category moved = dragged == null ? null : dragged.getData();
        if (moved == null) {
            return;
        }
        Long parentId = target == null || target.getData() == null ? null : target.getData().getId();
        try {
            admin.moveCategory(moved.getId(), parentId, event.getDropIndex());
            Feedback.info("admin.categories.moved");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.categories.gone");
        }
        selectedId = moved.getId();
        build(); // the tree as saved, also after a refused move
    }

    public void onSelect(NodeSelectEvent event) {
        Object data = event.getTreeNode().getData();
        if (data instanceof Category c) {
            select(c.getId());
        }
    }

    private void select(Long id) {
        selectedId = id;
        creating = false;
        Category c = admin.category(id);
        form = new Form(c.getParentId(), c.getName(), c.getNameEn(), c.getSlug(), c.getIcon());
        templates = templateText(admin.specTemplates(id));
    }

    /** Starts a new category under the selected one (sub-category) or at the top level (department). */
    public void startNew(boolean under) {
        Long parentId = under && selectedId != null ? selectedId : null;
        form = new Form(parentId, "", "", "", "");
        creating = true;
        templates = "";
    }

    public void save() {
        if (!valid()) {
            return;
        }
        try {
            if (creating) {
                Category created = admin.createCategory(form.draft());
                Feedback.info("admin.categories.created");
                select(created.getId());
            } else if (selectedId != null) {
                admin.updateCategory(selectedId, form.draft());
                Feedback.info("admin.categories.saved");
            }
            build();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.categories.gone");
        }
    }

    public void saveTemplates() {
        if (selectedId == null) {
            return;
        }
        List<ProductDraft.SpecDraft> specs;
        try {
            specs = parseTemplates(templates);
        } catch (IllegalArgumentException e) {
            Feedback.error("admin.categories.templates.format", e.getMessage());
            return;
        }
        for (ProductDraft.SpecDraft spec : specs) {
            for (ConstraintViolation<ProductDraft.SpecDraft> violation : validator.validate(spec)) {
                Feedback.error("admin.categories.templates.invalid", spec.name, violation.getMessage());
                return;
            }
        }
        try {
            templates = templateText(admin.saveSpecTemplates(selectedId, specs));
            Feedback.info("admin.categories.templates.saved");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
    }

    public void toggleHidden() {
        if (selectedId == null) {
            return;
        }
        try {
            Category c = admin.setHidden(selectedId, !admin.category(selectedId).isHidden());
            Feedback.info(c.isHidden() ? "admin.categories.hiddenNow" : "admin.categories.shownNow");
            build();
        } catch (NotFoundException e) {
            Feedback.error("admin.categories.gone");
        }
    }

    public void delete() {
        if (selectedId == null) {
            return;
        }
        try {
            admin.deleteCategory(selectedId);
            Feedback.info("admin.categories.deleted");
            selectedId = null;
            selectedNode = null;
            form = new Form();
            templates = "";
            build();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.categories.gone");
        }
    }

    private boolean valid() {
        Set<ConstraintViolation<CategoryDraft>> violations = validator.validate(form.draft());
        return Feedback.noViolations(violations, "admin.categories.field.");
    }

    /** "颜色: 黑, 白" per line → specification templates; blank lines are skipped. */
    static List<ProductDraft.SpecDraft> parseTemplates(String text) {
        List<ProductDraft.SpecDraft> specs = new ArrayList<>();
        if (text == null) {
            return specs;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            if (parts.length < 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException(line.trim());
            }
            Set<String> options = new LinkedHashSet<>();
            for (String option : parts[1].split("[,，、]")) {
                if (!option.isBlank()) {
                    options.add(option.trim());
                }
            }
            specs.add(new ProductDraft.SpecDraft(parts[0].trim(), new ArrayList<>(options)));
        }
        return specs;
    }

    static String templateText(List<SpecTemplate> templates) {
        StringBuilder text = new StringBuilder();
        for (SpecTemplate t : templates) {
            text.append(t.getName()).append(": ").append(String.join(", ", t.getOptions())).append('\n');
        }
        return text.toString();
    }

    public boolean isSelected() {
        return selectedId != null || creating;
    }

    public boolean isCreating() {
        return creating;
    }

    public boolean isSelectedHidden() {
        return selectedNode != null && selectedNode.getData() != null && selectedNode.getData().isHidden();
    }

    /** The parent's name of the category being created, for the form's heading; null for a department. */
    public Category getNewParent() {
        return creating && form.parentId != null ? admin.category(form.parentId) : null;
    }

    public TreeNode<Category> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Category> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public Form getForm() {
        return form;
    }

    /** The category form's fields as typed. */
    public static class Form implements Serializable {
        private Long parentId;
        private String name;
        private String nameEn;
        private String slug;
        private String icon;

        Form() {
        }

        Form(Long parentId, String name, String nameEn, String slug, String icon) {
            this.parentId = parentId;
            this.name = name;
            this.nameEn = nameEn;
            this.slug = slug;
            this.icon = icon;
        }

        CategoryDraft draft() {
            return new CategoryDraft(parentId, trim(name), trim(nameEn), trim(slug), trim(icon));
        }

        private static String trim(String text) {
            return text == null ? null : text.trim();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getIcon() {
            return icon;
        }

        public void setIcon(String icon) {
            this.icon = icon;
        }
    }

    public String getTemplates() {
        return templates;
    }

    public void setTemplates(String templates) {
        this.templates = templates;
    }
}
