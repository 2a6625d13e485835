/** The command line: one picocli class per command, each returning an {@link org.handouts.cli.ExitCodes exit code}. */
package org.handouts.cli;
