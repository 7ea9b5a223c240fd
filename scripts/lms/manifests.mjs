// The control file of each package format: imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition,
// cmi5.xml for cmi5. One launchable unit (SCO or AU) per module; a route package lists its modules in
// route order. The schemas they name sit next to them in the zip (scripts/lms/schemas/README.md).
import { xml, xmlId } from './xml.mjs';

/**
 * @typedef {import('./courses.mjs').LmsCourse} LmsCourse
 * @typedef {{ course: LmsCourse, masteryScore: number, launch: Map<string, string>, moduleFiles: Map<string, string[]>, sharedFiles: string[] }} ManifestInput
 *   launch: module folder → its start page in the package; moduleFiles: module folder → its pages;
 *   sharedFiles: everything else the pages need (styles, scripts, fonts, glossary, log book)
 */

export const MANIFEST_FILE = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', cmi5: 'cmi5.xml' };

/** The schema files (in scripts/lms/schemas/<folder>/) that a SCORM manifest names; they go into the zip root. */
export const SCHEMA_FILES = {
  scorm12: { folder: 'scorm12edition', files: ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] },
  scorm2004: {
    folder: 'scorm20044thedition',
    files: [
      'imscp_v1p1.xsd',
      'adlcp_v1p3.xsd',
      'adlseq_v1p3.xsd',
      'adlnav_v1p3.xsd',
      'imsss_v1p0.xsd',
      'imsss_v1p0auxresource.xsd',
      'imsss_v1p0control.xsd',
      'imsss_v1p0delivery.xsd',
      'imsss_v1p0limit.xsd',
      'imsss_v1p0objective.xsd',
      'imsss_v1p0random.xsd',
      'imsss_v1p0rollup.xsd',
      'imsss_v1p0seqrule.xsd',
      'imsss_v1p0util.xsd',
      'xml.xsd',
      'XMLSchema.dtd',
      'datatypes.dtd',
    ],
  },
  cmi5: { folder: 'cmi5', files: [] },
};

const fileList = (files, indent) => files.map((href) => `${indent}<file href="${xml(href)}"/>`).join('\n');

/** SCORM 1.2 (ADL SCORM 1.2, IMS Content Packaging 1.1.2). */
export function scorm12Manifest({ course, masteryScore, launch, moduleFiles, sharedFiles }) {
  const items = course.modules
    .map(
      (m) => `      <item identifier="${xmlId('ITEM', m.folder)}" identifierref="${xmlId('SCO', m.folder)}" isvisible="true">
        <title>${xml(`${m.code} ${m.title}`)}</title>
        <adlcp:masteryscore>${Math.round(masteryScore * 100)}</adlcp:masteryscore>
      </item>`,
    )
    .join('\n');
  const resources = course.modules
    .map(
      (
        m,
      ) => `    <resource identifier="${xmlId('SCO', m.folder)}" type="webcontent" adlcp:scormtype="sco" href="${xml(launch.get(m.folder))}">
${fileList(moduleFiles.get(m.folder), '      ')}
      <dependency identifierref="SHARED"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('MANIFEST', course.name)}" version="1.2"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="nl">${xml(course.title)}</imsmd:langstring></imsmd:title>
        <imsmd:language>nl</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="nl">${xml(course.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>${xml(course.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="SHARED" type="webcontent" adlcp:scormtype="asset">
${fileList(sharedFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 2004 4th edition (IMS Content Packaging 1.1.4, IMS Simple Sequencing, ADL CP/SEQ/NAV 1.3). */
export function scorm2004Manifest({ course, masteryScore, launch, moduleFiles, sharedFiles }) {
  const items = course.modules
    .map(
      (m) => `      <item identifier="${xmlId('ITEM', m.folder)}" identifierref="${xmlId('SCO', m.folder)}" isvisible="true">
        <title>${xml(`${m.code} ${m.title}`)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${xml(`${course.id}/${m.folder}/kennischeck`)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${masteryScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  const resources = course.modules
    .map(
      (
        m,
      ) => `    <resource identifier="${xmlId('SCO', m.folder)}" type="webcontent" adlcp:scormType="sco" href="${xml(launch.get(m.folder))}">
${fileList(moduleFiles.get(m.folder), '      ')}
      <dependency identifierref="SHARED"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('MANIFEST', course.name)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="ORG">
    <organization identifier="ORG" adlseq:objectivesGlobalToSystem="false">
      <title>${xml(course.title)}</title>
${items}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="SHARED" type="webcontent" adlcp:scormType="asset">
${fileList(sharedFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5 course structure: one AU per module, done when completed or passed, with the mastery score. */
export function cmi5CourseStructure({ course, masteryScore, launch }) {
  const text = (value) => `<langstring lang="nl-NL">${xml(value)}</langstring>`;
  const aus = course.modules
    .map(
      (
        m,
      ) => `  <au id="${xml(`${course.id}/au/${m.folder}`)}" moveOn="CompletedOrPassed" masteryScore="${masteryScore}" launchMethod="AnyWindow">
    <title>${text(`${m.code} ${m.title}`)}</title>
    <description>${text(m.summary)}</description>
    <url>${xml(launch.get(m.folder))}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(course.id)}">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
  </course>
${aus}
</courseStructure>
`;
}

export const MANIFEST = { scorm12: scorm12Manifest, scorm2004: scorm2004Manifest, cmi5: cmi5CourseStructure };
