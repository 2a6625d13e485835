/**
 * Rendering content to XHTML: view models built from the library ({@link org.handouts.render.Views}),
 * dose wording in plain English ({@link org.handouts.render.DoseWording}) and Thymeleaf templates in
 * XML mode ({@link org.handouts.render.TemplateRenderer}).
 */
package org.handouts.render;
