"""Build hook, the one thing pyproject.toml cannot say: the wheel carries the top-level `config/`
(default.toml, rules, reply templates, examples) as package data `inquiry_triage/_config/`.

`config/` stays where users and the README expect it in a checkout, with one copy in git;
`inquiry_triage.config.default_config_dir()` reads `_config/` in an installed wheel and `config/`
in a checkout (an editable install skips the copy). MANIFEST.in puts `config/` in the sdist.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CONFIG = Path(__file__).resolve().parent / "config"


class BuildPyWithConfig(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        if not (CONFIG / "default.toml").is_file():
            raise SystemExit(f"build: {CONFIG}/default.toml is missing: the package cannot start without it")
        target = Path(self.build_lib) / "inquiry_triage" / "_config"
        shutil.rmtree(target, ignore_errors=True)  # a file deleted from config/ must not linger in the wheel
        shutil.copytree(CONFIG, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildPyWithConfig})
