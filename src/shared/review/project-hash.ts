import type { Project } from '../model'
import { writeProjectFile } from '../model/project-file'
import { sha256OfText } from './sha256'

/**
 * The fingerprint of a project: SHA-256 of the project FILE text (`writeProjectFile`: sorted keys,
 * stable formatting), so a project opened from a file and the same project in the app hash the same,
 * and any change to any input changes it. The project sheet prints it; a review records it.
 */
export const projectSha256 = (project: Project): string => sha256OfText(writeProjectFile(project))
