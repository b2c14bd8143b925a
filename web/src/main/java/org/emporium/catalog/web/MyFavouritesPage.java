package org.emporium.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.catalog.Favourites;
import org.emporium.catalog.Product;

/** 我的收藏 and 浏览历史 in the account centre. */
@Named
@RequestScoped
public class MyFavouritesPage {

    @Inject
    Favourites favourites;

    @Inject
    CurrentUser currentUser;

    public List<Product> getFavourites() {
        return favourites.favourites(currentUser.getId());
    }

    public List<Product> getRecentlyViewed() {
        return favourites.recentlyViewed(currentUser.getId(), 20);
    }

    public void remove(long productId) {
        favourites.remove(currentUser.getId(), productId);
    }
}
