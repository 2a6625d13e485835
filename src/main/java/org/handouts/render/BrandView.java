package org.handouts.render;

/**
 * A brand as templates use it: colours as CSS hex, the logo as a file URI; {@code contact} is the
 * phone, website and email on one line, {@code phone} alone (a large-print footer's short form).
 */
public record BrandView(String name, String logoUri, String primary, String accent, String contact,
                        String address, String disclaimer, String phone) {
}
