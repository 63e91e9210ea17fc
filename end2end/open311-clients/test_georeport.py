"""A published Open311 client library, unmodified, against the real civic311 binary.

`georeport` (PyPI) reads services, service definitions and requests in JSON and in XML; its
XML mode looks elements up by the GeoReport v2 names, so a wrong name fails here.
Run by .ci/test; needs CIVIC311_BIN (the server binary) and CIVIC311_SITE_ROOT.
"""

import json
import os
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.parse
import urllib.request

from georeport import GeoReport

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
BINARY = os.environ.get('CIVIC311_BIN', os.path.join(REPO, 'target', 'debug', 'civic311'))
SITE = os.environ.get('CIVIC311_SITE_ROOT', os.path.join(REPO, 'target', 'site'))


def free_port():
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


class GeoReportClient(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        env = dict(os.environ, DATABASE_URL=f'sqlite://{cls.folder.name}/civic311.db',
                   LEPTOS_SITE_ROOT=SITE, LEPTOS_SITE_ADDR=f'127.0.0.1:{free_port()}',
                   RUST_LOG='warn')
        cls.base = f"http://{env['LEPTOS_SITE_ADDR']}"
        key = subprocess.run([BINARY, 'api-key', 'create', '--name', 'georeport'], cwd=REPO,
                             env=env, check=True, capture_output=True, text=True)
        cls.api_key = key.stdout.strip().splitlines()[-1]
        cls.log = open(os.path.join(cls.folder.name, 'server.log'), 'w')
        cls.server = subprocess.Popen([BINARY], cwd=REPO, env=env, stdout=cls.log, stderr=cls.log)
        deadline = time.time() + 30
        while True:
            try:
                urllib.request.urlopen(cls.base + '/healthz')
                break
            except OSError:
                if time.time() > deadline or cls.server.poll() is not None:
                    raise RuntimeError(open(cls.log.name).read())
                time.sleep(0.1)
        cls.sr_number = cls.file_request()

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(10)
        cls.log.close()
        cls.folder.cleanup()

    @classmethod
    def file_request(cls):
        form = urllib.parse.urlencode({
            'api_key': cls.api_key, 'service_code': 'pothole', 'lat': '43.6525',
            'long': '-79.3835', 'attribute[size]': 'large', 'description': 'Deep pothole',
        }).encode()
        with urllib.request.urlopen(cls.base + '/open311/v2/requests.json', form) as response:
            return json.load(response)[0]['service_request_id']

    def clients(self):
        root = self.base + '/open311/v2'
        return {fmt: GeoReport(root, jurisdiction='toronto.ca', output_format=fmt)
                for fmt in ('json', 'xml')}

    def test_services_and_definitions(self):
        for fmt, client in self.clients().items():
            with self.subTest(fmt=fmt):
                services = client.get_service_list()
                codes = {service['service_code'] for service in services}
                self.assertIn('pothole', codes)
                self.assertGreaterEqual(len(services), 60)
                definition = client.get_service_definition('pothole')
                attributes = definition['attributes']
                if fmt == 'xml':
                    attributes = attributes['attribute']
                size = next(a for a in attributes if a['code'] == 'size')
                self.assertEqual(size['datatype'], 'singlevaluelist')

    def test_requests_one_and_many(self):
        for fmt, client in self.clients().items():
            with self.subTest(fmt=fmt):
                one = client.get_service_request(self.sr_number)
                self.assertEqual(one['service_request_id'], self.sr_number)
                self.assertEqual(one['service_code'], 'pothole')
                self.assertEqual(one['status'], 'open')
                many = client.get_service_requests(service_code='pothole', status='open')
                if isinstance(many, dict):  # xmltodict gives a lone element as a dict
                    many = [many]
                self.assertIn(self.sr_number, [r['service_request_id'] for r in many])


if __name__ == '__main__':
    unittest.main()
