/// The parts of a new repository that are not model: the schemas and settings editors
/// use, and the CI pipelines that run `eaf validate` on every push.
enum ScaffoldSupportFiles {
    static var files: [SafeFileWriter.File] {
        [
            .init(path: "schemas/" + ModelJSONSchema.fileName, text: ModelJSONSchema.text),
            .init(path: "schemas/egeaf-model-1.xsd", text: ModelXMLSchema.text),
            .init(path: ".vscode/settings.json", text: vscode),
            .init(path: ".github/workflows/eaf.yml", text: github),
            .init(path: ".gitlab-ci.yml", text: gitlab),
        ]
    }

    static let vscode = """
        {
          "yaml.schemas": {
            "./schemas/\(ModelJSONSchema.fileName)": ["model/**/*.yaml", "model/**/*.yml", "national/**/*.yaml"]
          },
          "xml.fileAssociations": [
            {"pattern": "model/**/*.xml", "systemId": "schemas/egeaf-model-1.xsd"}
          ]
        }

        """

    /// How CI gets eaf: built from its repository (set EAF_GIT to where your
    /// organisation publishes it) in the official Swift image.
    static let github = """
        # Checks the architecture on every push and pull request: findings appear in code scanning
        # (SARIF), and a finding at error level fails the run.
        name: Architecture
        on: [push, pull_request]
        permissions:
          contents: read
          security-events: write
        jobs:
          eaf-validate:
            runs-on: ubuntu-latest
            container: swift:6.0
            env:
              EAF_GIT: https://git.example.gov.kg/egov/eaf.git   # where your organisation publishes eaf
            steps:
              - uses: actions/checkout@v4
              - name: Install eaf
                run: |
                  apt-get update -qq && apt-get install -y -qq libyaml-dev libxml2-dev git
                  git clone --depth 1 "$EAF_GIT" /tmp/eaf
                  swift build -c release --package-path /tmp/eaf
              - name: Findings for code scanning
                run: /tmp/eaf/.build/release/eaf validate . --format sarif --output eaf.sarif --fail-on never
              - uses: github/codeql-action/upload-sarif@v3
                if: always()
                with:
                  sarif_file: eaf.sarif
                  category: eaf
              - name: Validate
                run: /tmp/eaf/.build/release/eaf validate .

        """

    static let gitlab = """
        # Checks the architecture on every push and merge request; a finding at error level fails the job.
        eaf-validate:
          image: swift:6.0
          variables:
            EAF_GIT: https://git.example.gov.kg/egov/eaf.git   # where your organisation publishes eaf
          before_script:
            - apt-get update -qq && apt-get install -y -qq libyaml-dev libxml2-dev git
            - git clone --depth 1 "$EAF_GIT" /tmp/eaf
            - swift build -c release --package-path /tmp/eaf
          script:
            - /tmp/eaf/.build/release/eaf validate . --format json --output eaf-findings.json --fail-on never
            - /tmp/eaf/.build/release/eaf validate .
          artifacts:
            when: always
            paths: [eaf-findings.json]

        """
}
