namespace ResumeMatcher.Core.Resumes;

/// <summary>A resume whose content cannot be turned into text; the message is written for the person who sent it.</summary>
public sealed class ResumeUnreadableException(string reason, Exception? inner = null) : Exception(reason, inner);
