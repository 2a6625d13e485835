package org.handouts.model;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What the operating system said about a failed file operation, in words for a message. Java's
 * file exceptions often carry only the path as their message (an AccessDeniedException's message
 * is the file name), so printing {@code getMessage()} hides the reason. It only reads exceptions
 * (of any type, so the model stays free of I/O); the stages that do the I/O call it.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** "permission denied", "no such file or folder", "read-only file system", ... */
    public static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof DirectoryNotEmptyException) return "the folder is not empty";
        if (e instanceof FileSystemException fse) {
            if (fse.getReason() != null && !fse.getReason().isBlank()) return lowerFirst(fse.getReason().strip());
            return "file system error";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : lowerFirst(message.strip());
    }

    /** {@link #reason}, followed by the file it concerns when the exception names one. */
    public static String describe(Exception e, java.nio.file.Path displayBase) {
        String reason = reason(e);
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return reason + ": " + DisplayPaths.of(java.nio.file.Path.of(fse.getFile()), displayBase);
        }
        return reason;
    }

    private static String lowerFirst(String s) {
        // "No space left on device" reads as part of a sentence; an acronym ("EIO") stays as it is.
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
