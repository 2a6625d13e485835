package org.handouts.render;

/** A brand as templates use it: colours as CSS hex, the logo as a file URI. */
public record BrandView(String name, String logoUri, String primary, String accent, String contact,
                        String address, String disclaimer) {
}
