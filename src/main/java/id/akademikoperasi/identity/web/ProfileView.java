package id.akademikoperasi.identity.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.identity.application.Profile;
import id.akademikoperasi.identity.application.ProfileService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The member's home: their profile and their koperasi. */
@Named
@RequestScoped
public class ProfileView {

    @Inject
    private ProfileService profiles;

    @Inject
    private CurrentUser currentUser;

    private Profile profile;

    public Profile getProfile() {
        if (profile == null) {
            profile = profiles.own(currentUser.require());
        }
        return profile;
    }
}
