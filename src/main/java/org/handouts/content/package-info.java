/**
 * Reading content: YAML files to a located node tree ({@link org.handouts.content.YamlReader}),
 * nodes to model records with every problem collected ({@link org.handouts.content.ContentLoader}).
 */
package org.handouts.content;
